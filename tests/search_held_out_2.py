"""Second held-out search queries: written blind from the source notes' situations.

How they were written: from the situations a cashier, seller, hotline agent, delivery driver or
installer, team lead or manager meets in /work/shared/seeds/ (the client's notes), the list of pages
and their titles (briefs/pages.md) and each lesson's reader text (briefs/lesson-texts/), and nothing
else: not the search code, the synonym list, the lessons' search keywords, the search tests or the
first held-out set. Each query is the situation as the person would type it at work, in their own
words (not a page title, not a lesson's wording); its answers are every page whose reader text
clearly answers it, decided by reading those texts. Vietnamese queries are half with diacritics,
half typed without them as on a phone, a few with a southern word (trễ, vô tiệm, mắc, trầy, xài,
hư, giùm, hoài) or one typo; Khmer queries are only about the ten service tips.

Each entry is (site, query, answers): site "" is the Vietnamese site, "en/" English, "km/" Khmer;
answers are page addresses relative to that language's root, as in pages.md.
"""

HELD_OUT = (
    # Vietnamese, with diacritics
    ("", "khách la lối om sòm qua điện thoại", ("lessons/service-tip-09/", "lessons/rule-08/")),
    ("", "giao hàng trễ nói sao với khách", ("lessons/rule-10/", "lessons/talk-trust/", "lessons/rule-24/")),
    ("", "khách làm mất hóa đơn muốn đổi hàng", ("lessons/rule-26/", "lessons/service-tip-07/")),
    ("", "lỡ làm trầy sàn nhà khách", ("lessons/rule-36/", "etiquette/#tip-apologise")),
    ("", "khách hỏi mà mình không biết", ("lessons/service-tip-01/", "lessons/rule-11/", "lessons/rule-08/")),
    ("", "tuyển người đứng quày", ("lessons/rule-09/",)),
    ("", "khách vô tiệm không ai chào", ("lessons/service-tip-06/", "etiquette/#tip-eyes-smile")),
    ("", "khách chê mắc quá", ("lessons/talk-price/",)),
    ("", "khách quen lâu rồi không thấy quay lại", ("lessons/service-tip-03/", "lessons/level-repeat/")),
    ("", "khách vào page chửi shop", ("lessons/rule-02/",)),
    ("", "khách muốn lắp chỗ khác với trong phiếu", ("lessons/service-tip-08/", "lessons/rule-35/")),
    ("", "sếp hay quát nhân viên", ("lessons/service-tip-02/", "lessons/rule-03/")),
    ("", "khách xài sai rồi đòi bảo hành", ("lessons/rule-33/", "lessons/service-tip-07/")),
    ("", "máy chỉ hư nhẹ có nên khuyên khách mua mới?", ("lessons/rule-14/",)),
    ("", "khách nhờ sửa giùm đồ mua chỗ khác", ("lessons/rule-22/",)),
    ("", "đồng nghiệp bận tối mặt mình thì rảnh", ("lessons/rule-15/", "lessons/rule-22/")),
    ("", "khách cần gấp trong hôm nay", ("lessons/rule-28/",)),
    # Vietnamese, typed without diacritics
    ("", "khach hoi thong so ky thuat hoai", ("lessons/know-types/",)),
    ("", "het size khach can", ("lessons/rule-34/",)),
    ("", "khach hoi viec cua bo phan khac", ("etiquette/#tip-not-my-department", "lessons/rule-01/")),
    ("", "hua goi lai cho khach roi quen", ("lessons/rule-31/", "etiquette/#tip-keep-promises")),
    ("", "ghi sai dia chi giao hang", ("lessons/rule-30/",)),
    ("", "khach chi xem khong mua", ("lessons/rule-22/", "lessons/rule-39/")),
    ("", "tang thiep sinh nhat khach", ("lessons/service-tip-05/", "lessons/rule-37/")),
    ("", "khach gioi thieu nguoi quen toi mua", ("lessons/level-repeat/", "lessons/level-ladder/")),
    ("", "hoi y kien khach sau khi giao hang", ("lessons/service-tip-10/", "lessons/exp-touchpoints/")),
    ("", "khach moi nhan tin lan dau", ("lessons/level-first/",)),
    ("", "khach biet shop qua kenh nao", ("lessons/know-analyse/", "big-questions/#bq-where")),
    ("", "shop minh ban cho ai", ("big-questions/#bq-who", "lessons/know-portrait/")),
    ("", "shipper mac ao do ban", ("lessons/rule-07/", "etiquette/#tip-dress")),
    ("", "chuyen gi nhan vien cung hoi sep", ("lessons/rule-32/",)),
    ("", "di lap may quen mang do nghe", ("lessons/rule-21/",)),
    ("", "nhan vien hay cat loi khac", ("etiquette/#tip-no-interrupt", "lessons/rule-17/")),
    ("", "tra loi tin nhna khach coc loc", ("lessons/rule-20/", "etiquette/#tip-da-vang")),
    # English
    ("en/", "customer insists the price was lower last week", ("lessons/rule-33/",)),
    ("en/", "out of stock, what do I tell them", ("lessons/rule-34/",)),
    ("en/", "we were late to an install, how to apologize", ("lessons/rule-36/", "etiquette/#tip-apologise")),
    ("en/", "new guy makes up answers on the phone", ("lessons/rule-11/", "lessons/service-tip-01/")),
    ("en/", "why customers switch to other shops", ("lessons/level-loyalty/",)),
    ("en/", "dry run before launching a promo", ("lessons/rule-12/",)),
    ("en/", "team happy with just no complaints", ("lessons/rule-13/",)),
    ("en/", "junior keeps pitching crazy ideas", ("lessons/rule-29/",)),
    ("en/", "another department changed prices without telling us", ("lessons/rule-06/",)),
    ("en/", "saw something clever at a competitor", ("lessons/rule-18/",)),
    ("en/", "customers keep asking for items we don't carry", ("lessons/rule-19/", "lessons/rule-34/")),
    ("en/", "callers say I talk over them", ("lessons/rule-17/", "etiquette/#tip-no-interrupt")),
    ("en/", "customer asks for one thing but needs another", ("lessons/rule-23/",)),
    ("en/", "unit arrived early, can I install sooner?", ("lessons/rule-27/",)),
    ("en/", "should I sell the cheaper one", ("lessons/rule-14/", "lessons/talk-smart/")),
    ("en/", "customer blames our driver for damage", ("lessons/rule-16/",)),
    ("en/", "check in after the sale", ("lessons/talk-smart/", "lessons/rule-25/")),
    ("en/", "haggling", ("lessons/talk-price/",)),
    ("en/", "what to ask a caller before suggesting a model", ("lessons/talk-open-questions/",)),
    ("en/", "shopper wants hard numbers, not a pitch", ("lessons/know-types/",)),
    ("en/", "driver's uniform is filthy", ("lessons/rule-07/", "etiquette/#tip-dress")),
    ("en/", "how many of our customers are repeat buyers", ("lessons/exp-measure/",)),
    ("en/", "why do people actually buy from us", ("big-questions/#bq-believe",)),
    ("en/", "customer said no to the plan on the phone", ("lessons/talk-refusal/",)),
    ("en/", "customer calls again about the same problem", ("lessons/level-ladder/", "lessons/rule-38/")),
    (
        "en/",
        "not sure when it will arrive, what do I tell them",
        ("lessons/talk-trust/", "lessons/rule-05/", "lessons/rule-24/", "lessons/rule-31/"),
    ),
    # Khmer (the ten service tips only)
    ("km/", "បុគ្គលិកឆ្លើយសំណួរភ្ញៀវមិនបាន", ("lessons/service-tip-01/",)),
    ("km/", "ថៅកែស្រែកដាក់បុគ្គលិករាល់ព្រឹក", ("lessons/service-tip-02/",)),
    ("km/", "ចាំឈ្មោះភ្ញៀវមិនបាន", ("lessons/service-tip-03/",)),
    ("km/", "ភ្ញៀវចង់និយាយជាមួយអ្នកគ្រប់គ្រង", ("lessons/service-tip-04/",)),
    ("km/", "ជូនពរថ្ងៃកំណើតភ្ញៀវ", ("lessons/service-tip-05/",)),
    ("km/", "ភ្ញៀវចូលហាង គ្មាននរណាអើពើ", ("lessons/service-tip-06/",)),
    ("km/", "សង្ស័យភ្ញៀវកុហក ដើម្បីប្តូរទំនិញ", ("lessons/service-tip-07/",)),
    ("km/", "ភ្ញៀវសុំអ្វីចម្លែកៗ គួរយល់ព្រមទេ?", ("lessons/service-tip-08/",)),
    ("km/", "ភ្ញៀវខឹងស្រែកតាមទូរស័ព្ទ", ("lessons/service-tip-09/",)),
    ("km/", "ចង់ដឹងថាភ្ញៀវពេញចិត្តឬអត់", ("lessons/service-tip-10/",)),
)
