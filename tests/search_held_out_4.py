"""Fourth held-out search queries: written blind, from the client's seed notes, pages.md and the
per-page reader texts only.
No synonyms lists, lesson keywords, generator code, other query sets or git history were opened.
Each query was written in turn as one of four people: a new cashier/seller in the first week, a hotline/chat agent,
a delivery driver/installer, and a team lead/store manager; each describes a situation by a detail, a feeling or
what the customer said, in the worker's own words (southern/everyday Vietnamese, no diacritics as on phones,
a few one-letter typos), never the page title. About a third are short (1-3 words), the rest 4-9 words.
Answers were decided by reading each page's reader text in that language and listing every page that clearly
answers (1-3); module, department and HR pages were not counted as answers. Khmer queries cover the service tips only.
"""

HELD_OUT = (
    # --- Vietnamese, with diacritics ---
    # new cashier / seller
    ("", "khách xem chơi", ("lessons/rule-39/", "lessons/rule-22/")),
    ("", "khách đang vội", ("etiquette/#tip-other-view", "lessons/rule-28/")),
    ("", "khách làm mất hóa đơn mà đòi đổi hàng", ("lessons/level-first/", "lessons/rule-26/")),
    ("", "khách cãi tuần trước mua rẻ hơn mười nghìn", ("lessons/rule-33/", "lessons/service-tip-07/")),
    ("", "mặc cả", ("lessons/talk-price/",)),
    ("", "khách mặc xuề xòa bị nhân viên lơ", ("etiquette/#tip-golden-rule", "lessons/rule-14/")),
    # hotline / chat agent
    ("", "khách gọi lần thứ ba, thợ vẫn chưa tới", ("lessons/rule-10/", "lessons/level-ladder/")),
    ("", "quên gọi lại", ("lessons/rule-31/", "etiquette/#tip-keep-promises", "lessons/talk-trust/")),
    ("", "máy lạnh 1 ngựa và ngựa rưỡi khác gì", ("lessons/rule-20/",)),
    ("", "ghi hồ sơ khách khó tính được không", ("lessons/know-portrait/",)),
    # delivery driver / installer
    ("", "giao hàng trời mưa, áo quần lấm lem bùn", ("lessons/rule-07/",)),
    ("", "lỡ làm trầy sàn gỗ nhà khácg", ("lessons/rule-36/",)),
    ("", "đi lắp thiếu ống nước, phải hẹn bữa khác", ("lessons/rule-21/",)),
    ("", "khách nhờ khiêng máy giặt cũ xuống lầu", ("lessons/service-tip-08/",)),
    # team lead / manager
    ("", "tuyển người mới", ("lessons/rule-09/",)),
    ("", "ghi lại lý do khách không chịu mua", ("big-questions/#bq-believe", "lessons/talk-refusal/")),
    ("", "mùa vắng khách vẫn trả lương đủ người", ("lessons/exp-measure/", "lessons/rule-19/")),
    ("", "tập dượt", ("lessons/rule-12/",)),
    ("", "khách chờ cả tiếng vì quản lý đang họp", ("lessons/rule-32/",)),
    ("", "nhân viên nêu ý tưởng lạ bị nhóm cươi", ("lessons/rule-29/",)),
    # --- Vietnamese, typed without diacritics ---
    # new cashier / seller
    ("", "goi qua sinh nhat cho khach", ("lessons/service-tip-05/", "lessons/rule-37/")),
    ("", "dong phuc", ("etiquette/#tip-dress", "lessons/rule-07/")),
    ("", "khach hoi hoai thong so pin, so may khac", ("lessons/know-types/",)),
    ("", "luot dien thoai luc khach vo tiem", ("lessons/service-tip-06/", "etiquette/#tip-eyes-smile")),
    ("", "nhac khach quen diem tich luy sap het han", ("big-questions/#bq-offer",)),
    # hotline / chat agent
    ("", "rep coc loc", ("etiquette/#tip-da-vang", "lessons/rule-20/")),
    ("", "khach ke chua xong minh da chen vo", ("etiquette/#tip-no-interrupt", "lessons/rule-17/")),
    ("", "goi moi gia han bao hanh khach tu choi", ("lessons/talk-refusal/",)),
    ("", "khach o tinh, ben em khong lap toi do", ("lessons/rule-34/",)),
    ("", "khach than goi lan nao cung doc ma don", ("lessons/rule-38/", "lessons/rule-25/")),
    ("", "hoi khach biet shop qua dau", ("lessons/know-analyse/",)),
    # delivery driver / installer
    ("", "keu khach ky phieu giao sao cho lich su", ("etiquette/#tip-please-thanks",)),
    ("", "thung bi mop", ("lessons/exp-touchpoints/",)),
    ("", "khach hoi bao hanh ma minh chi giao hang", ("lessons/rule-01/", "etiquette/#tip-not-my-department")),
    ("", "sang bi sep la, khach hoi sao giao tre", ("lessons/service-tip-02/",)),
    ("", "lap som", ("lessons/rule-27/",)),
    ("", "ong thoat nuoc nam sat o dein", ("lessons/rule-15/",)),
    # team lead / manager
    ("", "kem nguoi moi", ("lessons/rule-11/", "lessons/service-tip-01/")),
    ("", "nhom bao khong ai phan nan la on", ("lessons/rule-13/",)),
    ("", "khach quen tu nhien dat it han", ("lessons/level-repeat/",)),
    # --- English ---
    # new cashier / seller
    ("en/", "gossip about customers", ("etiquette/#tip-kind-or-quiet",)),
    ("en/", "vacuum battery only lasts 20 minutes, should I say?", ("lessons/talk-trust/", "etiquette/#tip-no-lies")),
    ("en/", "she threw away the box and wants a swap", ("lessons/level-loyalty/",)),
    ("en/", "customer yelling crooks", ("lessons/rule-08/",)),
    # hotline / chat agent
    ("en/", "caller only complained, still thank them at the end?", ("etiquette/#tip-end-thanks",)),
    ("en/", "delivery by Saturday?", ("lessons/rule-24/",)),
    ("en/", "extension cord request", ("lessons/rule-23/",)),
    ("en/", "bad Facebook comment", ("lessons/rule-02/",)),
    ("en/", "first question for caller wanting a water filter", ("lessons/talk-open-questions/",)),
    ("en/", "caller rattles off the address, wants to hang up", ("lessons/rule-30/",)),
    # delivery driver / installer
    ("en/", "customer says other shop texts the driver's name first", ("lessons/rule-18/",)),
    ("en/", "heavy rain forecast", ("lessons/rule-21/", "lessons/rule-35/")),
    ("en/", "after install, explaining buttons to an older lady", ("lessons/talk-smart/",)),
    ("en/", "delivered white set, she ordered brown", ("lessons/rule-36/", "etiquette/#tip-apologise")),
    ("en/", "customer blames my install for water down the wall", ("lessons/rule-16/",)),
    # team lead / manager
    ("en/", "promo went live and warehouse wasn't told", ("lessons/rule-06/",)),
    ("en/", "agent asks if she can hold stock till tonight", ("lessons/rule-05/",)),
    ("en/", "student renters", ("lessons/rule-19/",)),
    ("en/", "which customer groups to plan staffing around", ("big-questions/#bq-who",)),
    ("en/", "google maps shows our old phone number", ("big-questions/#bq-where",)),
    ("en/", "anonymous staff survey", ("lessons/rule-03/", "lessons/service-tip-02/")),
    ("en/", "shop looks perfect only when the manager visits", ("lessons/rule-04/",)),
    # --- Khmer (ten service tips only) ---
    # new cashier / seller
    ("km/", "ភ្លេចឈ្មោះភ្ញៀវប្រចាំ", ("lessons/service-tip-03/",)),
    ("km/", "ភ្ញៀវត្រូវកាត់លុយពីរដង ចង់ជួបអ្នកគ្រប់គ្រង", ("lessons/service-tip-04/",)),
    ("km/", "កំពុងរវល់ជាមួយភ្ញៀវម្នាក់ មានភ្ញៀវថ្មីដើរចូលហាង", ("lessons/service-tip-06/",)),
    ("km/", "ភ្ញៀវយកស្បែកជើងមកប្តូរ ខ្ញុំសង្ស័យថាគាត់កុហក", ("lessons/service-tip-07/",)),
    # delivery driver / installer
    ("km/", "ភ្ញៀវសុំឱ្យព្យួរទូរទស្សន៍នៅជញ្ជាំងម្ខាងទៀត", ("lessons/service-tip-08/",)),
    # hotline / chat agent
    ("km/", "ភ្ញៀវខឹងតាមទូរស័ព្ទ", ("lessons/service-tip-09/",)),
    ("km/", "សុំមតិភ្ញៀវ", ("lessons/service-tip-10/",)),
    # team lead / manager
    ("km/", "ក្រុមខ្ញុំបម្រើភ្ញៀវល្អខ្លះ អាក្រក់ខ្លះ", ("lessons/service-tip-02/",)),
)
