"""Third held-out search queries: written blind, without opening the generator, the rules
(synonyms, lesson keywords), the other query sets or any git history.
Read only the client's seed notes, pages.md and the reader texts (vi, en, km) of every page.
Each query is phrased as a cashier, seller, hotline agent, driver/installer, team lead or
manager would type it on a phone: everyday and southern words (mắc, vô tiệm, quạu, ghé,
fanpage, phí ship), half of the Vietnamese without diacritics, a few small typos, and never
a page title's or lesson's own wording. Answers were decided by reading each page's reader
text: every page that clearly tells the worker what to do in that situation is listed.
Khmer queries cover only the ten service tips, the only pages written in Khmer.
"""

HELD_OUT = (
    # ---- Vietnamese, full diacritics -------------------------------------------------
    ("", "hàng móp hộp", ("lessons/exp-touchpoints/",)),
    ("", "đồng phục nhàu", ("etiquette/#tip-dress", "lessons/rule-07/")),
    ("", "khách chê mắc", ("lessons/talk-price/",)),
    ("", "ổ cắm nối dài", ("lessons/rule-23/",)),
    ("", "tuyễn nhân viên", ("lessons/rule-09/",)),
    ("", "đòi gặp quản lý", ("lessons/service-tip-04/",)),
    ("", "chen ngang khi khách đang kể", ("etiquette/#tip-no-interrupt", "lessons/rule-17/")),
    ("", "khách vô tiệm mà không ai chào", ("lessons/service-tip-06/", "etiquette/#tip-eyes-smile")),
    ("", "nhân viên mới trả lời đoán mò", ("lessons/rule-11/", "lessons/service-tip-01/")),
    ("", "hứa gọi lại cho khách rồi quên", ("etiquette/#tip-keep-promises", "lessons/rule-31/", "lessons/talk-trust/")),
    ("", "khách quen lâu rồi không thấy ghé", ("lessons/service-tip-03/", "lessons/level-repeat/")),
    ("", "nhóm khách nào chịu chi tiền nhất", ("big-questions/#bq-who", "lessons/know-portrait/")),
    ("", "khách nói không cần rồi cúp mấy", ("lessons/talk-refusal/",)),
    ("", "khách la lối ở quầy, cả hàng người nhìn", ("lessons/rule-08/", "lessons/service-tip-09/")),
    (
        "",
        "giao nhầm màu, xin lỗi khách sao cho phải",
        ("lessons/rule-36/", "etiquette/#tip-apologise", "lessons/rule-02/"),
    ),
    ("", "trả lời tin nhắn khách chỉ gõ ok", ("etiquette/#tip-da-vang", "lessons/rule-20/")),
    ("", "khách cần loại rẻ, có nên bán loại đắt", ("lessons/rule-14/", "lessons/rule-02/", "lessons/talk-smart/")),
    ("", "khách cũ giờ lên mạng chê suốt", ("lessons/level-ladder/",)),
    ("", "giải thích thông số cho khách dễ hiểu", ("lessons/rule-20/", "lessons/talk-smart/")),
    ("", "khách cần gấp tủ lạnh trong ngày", ("lessons/rule-28/",)),
    # ---- Vietnamese, typed without diacritics ----------------------------------------
    ("", "xin loi khach", ("etiquette/#tip-apologise", "lessons/rule-36/")),
    ("", "khach quau", ("lessons/service-tip-09/", "lessons/rule-08/")),
    ("", "khach che fanpage", ("lessons/rule-02/",)),
    ("", "phan loai khach", ("lessons/know-types/",)),
    ("", "doi dia chi giao", ("lessons/rule-35/",)),
    ("", "khach doi tra ma mat hoa don", ("lessons/level-first/", "lessons/rule-26/")),
    (
        "",
        "cai nhau voi khach",
        ("lessons/rule-33/", "lessons/service-tip-07/", "etiquette/#tip-kind-or-quiet", "lessons/rule-26/"),
    ),
    ("", "nghi khach tu lam hu roi doi", ("lessons/service-tip-07/", "lessons/rule-33/")),
    ("", "hoi sao cho khach chiu ke nhieu", ("lessons/talk-open-questions/",)),
    ("", "don ghi qua sinh nhat, goi kem gi", ("lessons/service-tip-05/", "lessons/rule-37/")),
    (
        "",
        "khach hoi bao hanh ma minh ko chac",
        ("lessons/rule-08/", "lessons/service-tip-01/", "etiquette/#tip-no-lies", "lessons/rule-11/"),
    ),
    ("", "khach biet shop qua dau", ("lessons/know-analyse/", "big-questions/#bq-where")),
    ("", "mua vang khach van tra du luong", ("lessons/exp-measure/", "lessons/rule-19/")),
    ("", "nhan vien tre hay de xuat y tuog la", ("lessons/rule-29/",)),
    ("", "cho nv tu hoan tien ma van kiem soat", ("lessons/rule-32/",)),
    ("", "tap thu truoc ngay mo ban", ("lessons/rule-12/",)),
    ("", "mau cau tra loi cho tong dai vien", ("lessons/rule-10/", "lessons/rule-20/")),
    ("", "ghi thieu so tang, doi giao phai quay lai", ("lessons/rule-30/", "lessons/rule-21/")),
    ("", "marketing chay khuyen mai ko bao kho", ("lessons/rule-06/",)),
    ("", "hang minh ko co, chi khach qua cho khac", ("lessons/rule-34/", "lessons/talk-refusal/")),
    # ---- English -----------------------------------------------------------------------
    ("en/", "late delivery refund", ("lessons/rule-24/",)),
    ("en/", "why customers buy", ("big-questions/#bq-believe", "lessons/know-types/")),
    ("en/", "sign here please", ("etiquette/#tip-please-thanks",)),
    ("en/", "five star reviews", ("lessons/service-tip-10/",)),
    ("en/", "smile", ("etiquette/#tip-eyes-smile", "lessons/level-loyalty/")),
    ("en/", "learning from competitors", ("lessons/rule-18/", "lessons/rule-17/")),
    ("en/", "same price elsewhere", ("lessons/level-loyalty/",)),
    ("en/", "boss yelled at me this morning", ("lessons/service-tip-02/", "lessons/rule-03/")),
    ("en/", "basics slip when the manager isn't around", ("lessons/rule-04/",)),
    ("en/", "team thinks no complaints is good enough", ("lessons/rule-13/",)),
    ("en/", "saw a dripping tap after fitting the filter", ("lessons/rule-15/",)),
    ("en/", "TV screen scratched, fitter says he did nothing wrong", ("lessons/rule-16/",)),
    ("en/", "customer wants me to fix a fan bought elsewhere", ("lessons/rule-22/", "lessons/rule-34/")),
    ("en/", "customer had to explain everything again on second call", ("lessons/rule-25/", "lessons/rule-01/")),
    ("en/", "unit arrived early, install before the booked day", ("lessons/rule-27/",)),
    ("en/", "we got loads of praise, what now", ("lessons/rule-38/",)),
    ("en/", "too many promo texts", ("lessons/rule-39/",)),
    ("en/", "picking the right offer for each customer", ("big-questions/#bq-offer",)),
    ("en/", "thanking customers who bought nothing", ("etiquette/#tip-end-thanks", "lessons/talk-refusal/")),
    (
        "en/",
        "nice to big spenders, cold to people just asking",
        ("etiquette/#tip-golden-rule", "lessons/rule-14/", "lessons/rule-22/"),
    ),
    ("en/", "put yourself in the customer's shoes", ("etiquette/#tip-other-view",)),
    ("en/", "customer asks me to carry the old washer downstairs", ("lessons/service-tip-08/",)),
    # ---- Khmer: the ten service tips only ------------------------------------------------
    ("km/", "ភ្លេចឈ្មោះភ្ញៀវ", ("lessons/service-tip-03/",)),
    ("km/", "សួរមតិភ្ញៀវ", ("lessons/service-tip-10/",)),
    ("km/", "ជួបអ្នកគ្រប់គ្រង", ("lessons/service-tip-04/",)),
    ("km/", "ភ្ញៀវខឹងព្រោះអីវ៉ាន់បីថ្ងៃមិនទាន់មកដល់", ("lessons/service-tip-09/",)),
    ("km/", "ភ្ញៀវចូលហាង ខ្ញុំកំពុងរវល់ជួយភ្ញៀវម្នាក់ទៀត", ("lessons/service-tip-06/",)),
    ("km/", "សង្ស័យថាភ្ញៀវកុហក ពេលយកអាវមកប្តូរ", ("lessons/service-tip-07/",)),
    ("km/", "ភ្ញៀវសុំឱ្យជួយលើកម៉ាស៊ីនចាស់ចុះក្រោម", ("lessons/service-tip-08/",)),
    ("km/", "ថ្នាក់លើស្រែកដាក់ពីព្រឹក ពិបាកញញឹមដាក់ភ្ញៀវ", ("lessons/service-tip-02/",)),
)
