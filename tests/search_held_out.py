"""Held-out search queries, written from the seed notes and page titles before the lessons were read.

Each entry: (site prefix, query as typed, pages that really answer it). Prefix "" is the Vietnamese
site, "en/" the English one, "km/" the Khmer one; pages are relative to that language's root.
An empty tuple means no page really answers the query (a content gap).
"""

HELD_OUT = [
    # --- Vietnamese, with diacritics (35) ---
    # situations at the counter, on the phone or in delivery
    ("", "khách kêu mắc quá", ("lessons/talk-price/", "lessons/know-types/")),
    ("", "giao hàng trễ", ("lessons/rule-24/", "lessons/rule-10/", "lessons/talk-trust/")),
    ("", "khách đòi trả hàng", ("lessons/service-tip-07/", "lessons/rule-33/", "lessons/rule-32/")),
    (
        "",
        "khách chờ lâu bực mình",
        ("etiquette/#tip-apologise", "lessons/service-tip-09/", "etiquette/#tip-other-view"),
    ),
    ("", "khách xem rồi bỏ đi", ("lessons/service-tip-06/", "lessons/rule-22/", "lessons/rule-39/")),
    ("", "xin giảm giá", ("lessons/talk-price/",)),
    ("", "khách nói để suy nghĩ thêm", ("lessons/talk-refusal/", "lessons/know-types/")),
    ("", "bị đánh giá 1 sao", ("lessons/rule-02/",)),
    ("", "hết hàng", ("lessons/rule-34/", "etiquette/#tip-no-lies")),
    ("", "nhân viên làm sai đơn", ("lessons/rule-30/", "lessons/rule-36/", "etiquette/#tip-apologise")),
    ("", "khách cũ không quay lại", ("lessons/service-tip-03/", "lessons/level-repeat/", "lessons/level-loyalty/")),
    ("", "khách vip đòi ưu tiên", ("lessons/level-first/", "etiquette/#tip-golden-rule")),
    ("", "khách sai nhưng vẫn cãi", ("lessons/rule-33/", "lessons/service-tip-07/")),
    ("", "khách nhờ việc ngoài quy định", ("lessons/service-tip-08/", "lessons/rule-35/")),
    # objects: things an employee has in hand or is asked about
    ("", "hóa đơn", ("lessons/rule-26/", "lessons/level-first/")),
    ("", "bảo hành", ("lessons/rule-08/", "lessons/rule-11/")),
    ("", "đồng phục", ("lessons/rule-07/", "etiquette/#tip-dress")),
    ("", "thẻ thành viên", ("lessons/level-first/", "big-questions/#bq-offer")),
    ("", "phiếu góp ý", ("lessons/service-tip-10/", "lessons/exp-touchpoints/")),
    # feelings: the customer's or the employee's
    ("", "khách chữi nhân viên", ("lessons/service-tip-09/", "lessons/rule-08/", "etiquette/#tip-kind-or-quiet")),
    ("", "khách bực mình", ("lessons/service-tip-09/", "lessons/rule-26/", "lessons/rule-36/")),
    ("", "nhân viên chán việc", ("lessons/service-tip-02/", "lessons/rule-03/", "lessons/rule-04/")),
    ("", "khách nóng tính", ("lessons/service-tip-09/", "lessons/rule-08/", "etiquette/#tip-kind-or-quiet")),
    # frontline tasks: how do I ...
    ("", "cách chào khách qua điện thoại", ("etiquette/#tip-da-vang", "etiquette/#tip-eyes-smile", "lessons/rule-10/")),
    ("", "nhớ tên khách", ("lessons/service-tip-03/", "lessons/rule-25/")),
    ("", "hỏi khách cần gì", ("lessons/talk-open-questions/", "lessons/rule-23/", "lessons/rule-28/")),
    ("", "tặng quà sinh nhật khách", ("lessons/service-tip-05/", "lessons/rule-37/")),
    ("", "vệ sinh cửa hàng", ("lessons/rule-04/", "lessons/rule-07/")),
    # team lead and manager tasks
    ("", "đào tạo nhân viên mới", ("lessons/rule-11/", "lessons/service-tip-01/")),
    ("", "giao việc cho nhân viên", ("lessons/rule-32/", "lessons/rule-06/")),
    ("", "tìm khách hàng mới", ("big-questions/#bq-where", "lessons/rule-19/", "lessons/know-analyse/")),
    ("", "quảng cáo ở dâu", ("big-questions/#bq-where", "lessons/know-analyse/")),
    ("", "tỉ lệ khách quay lại", ("lessons/exp-measure/", "lessons/level-repeat/")),
    # rule numbers, worded two ways
    ("", "nguyên tắc 12", ("lessons/rule-12/",)),
    ("", "quy tắc số 33", ("lessons/rule-33/",)),
    # --- Vietnamese, typed without diacritics in a hurry (15) ---
    # situations
    ("", "khach doi hoan tien", ("lessons/service-tip-07/", "lessons/rule-32/")),
    ("", "khach phan nan", ("lessons/service-tip-09/", "lessons/rule-36/", "modules/complaints/")),
    ("", "khac hang kho tinh", ("lessons/service-tip-09/", "etiquette/#tip-kind-or-quiet", "lessons/rule-08/")),
    ("", "khach hoi gia roi di", ("lessons/talk-refusal/", "lessons/talk-price/", "lessons/rule-22/")),
    ("", "khach gioi thieu ban be", ("lessons/level-repeat/", "lessons/level-ladder/")),
    ("", "nhan vien di lam tre", ()),
    ("", "khach muon gap quan ly", ("lessons/service-tip-04/", "lessons/rule-32/")),
    # tasks and how-to
    ("", "cach noi chuyen voi khach", ("lessons/talk-smart/", "modules/conversation/", "lessons/rule-20/")),
    ("", "giu khach quen", ("lessons/level-repeat/", "lessons/level-loyalty/", "lessons/rule-25/")),
    ("", "goi lai cho khach", ("etiquette/#tip-keep-promises", "lessons/rule-31/")),
    ("", "xu ly khieu nai", ("modules/complaints/", "lessons/service-tip-09/", "lessons/rule-36/")),
    ("", "tu van qua zalo", ("lessons/rule-20/", "etiquette/#tip-da-vang", "lessons/level-first/")),
    ("", "lam sao de khach quay lai", ("lessons/level-loyalty/", "lessons/level-first/")),
    # objects
    ("", "trang phuc di lam", ("etiquette/#tip-dress", "lessons/rule-07/")),
    # rule number
    ("", "nguyen tac so 5", ("lessons/rule-05/",)),
    # --- English (15) ---
    # situations
    ("en/", "customer shouting at me", ("lessons/service-tip-09/", "lessons/rule-08/", "etiquette/#tip-kind-or-quiet")),
    ("en/", "late delivery", ("lessons/rule-24/", "lessons/rule-10/", "lessons/talk-trust/")),
    ("en/", "customer wants discount", ("lessons/talk-price/", "lessons/know-types/")),
    ("en/", "custmer complaint", ("modules/complaints/", "lessons/service-tip-09/", "lessons/rule-36/")),
    ("en/", "customer just browsing", ("lessons/rule-22/", "lessons/rule-39/", "lessons/service-tip-06/")),
    # objects
    ("en/", "refund", ("lessons/service-tip-07/", "lessons/rule-32/")),
    ("en/", "dress code", ("etiquette/#tip-dress", "lessons/rule-07/")),
    ("en/", "feedback form", ("lessons/service-tip-10/", "lessons/exp-touchpoints/")),
    # tasks and concepts (staff, lead, manager)
    ("en/", "how to say sorry", ("etiquette/#tip-apologise", "lessons/rule-36/")),
    ("en/", "phone greeting", ("etiquette/#tip-eyes-smile", "lessons/rule-10/")),
    ("en/", "new staff training", ("lessons/rule-11/", "lessons/service-tip-01/")),
    ("en/", "delegate to team lead", ("lessons/rule-32/",)),
    ("en/", "word of mouth", ("lessons/rule-02/", "lessons/level-repeat/", "big-questions/#bq-believe")),
    # rule numbers, worded two ways
    ("en/", "rule 30", ("lessons/rule-30/",)),
    ("en/", "principle number 7", ("lessons/rule-07/",)),
    # --- Khmer, only what the ten service tips cover (5) ---
    # greeting, names, angry customers, birthday cards, asking for opinions
    ("km/", "ស្វាគមន៍ភ្ញៀវ", ("lessons/service-tip-06/",)),
    ("km/", "ចាំឈ្មោះអតិថិជន", ("lessons/service-tip-03/",)),
    ("km/", "អតិថិជនខឹង", ("lessons/service-tip-09/",)),
    ("km/", "កាតខួបកំណើត", ("lessons/service-tip-05/",)),
    ("km/", "សួរមតិអតិថិជន", ("lessons/service-tip-10/",)),
]
