/* The site's search. Vietnamese typed with or without diacritics finds the same pages ("cam on" ≈ "cảm ơn"),
   and either spelling of words written two ways (tỷ/tỉ, hòa/hoà); pages that match the diacritics as typed
   rank first. A rule's number in any wording ("quy tac 32", "nt 32", "#32", "rule 32", "32", "rule thirty-two",
   "nguyên tắc ba mươi hai") finds the rule first; rules/synonyms.yml's words find each other;
   rules/shorthand.yml's short forms ("ko", "nv") read as their words. A word of five letters or more with one letter wrong, missing, added or swapped (of four, one
   missing or swapped) still finds its pages, below exact matches, and so does a slip that makes another word,
   read from its neighbour ("khac hang"); English word forms meet, and so do two words and the one word the
   pages make of them ("fan page", "fanpage"). Khmer, written without spaces, is cut into words by the
   browser's dictionary. Words are weighed as BM25 does, and each pair of neighbours typed counts as a word of
   its own (Vietnamese words are mostly two syllables); for one or two words, pages with all of them rank
   above pages with some, function words aside; a longer query is a sentence, ranked by score and the share of
   its words a page holds. A page's situations (moments in staff's words) match line by line. The index
   (search.json, one per language) is fetched the first time the reader opens search, not on every page. Every
   text is set with textContent. */
(function () {
  var dialog = document.getElementById("site-search");
  if (!dialog) return;
  var input = dialog.querySelector(".site-search__input");
  var list = dialog.querySelector(".site-search__results");
  var status = dialog.querySelector(".site-search__status");
  var suggest = dialog.querySelector(".site-search__suggest");
  var opener = document.querySelector(".site-search__open");
  var base = new URL(dialog.dataset.base.replace(/\/?$/, "/"), location.href);
  var index = null, loading = null;
  var MAX = 10, SITUATION = 8, FUNCTION = 0.25, SYNONYM = 0.6, TYPO = 0.35, SLIP = 0.6, PREFIX = 0.5, KEYWORD = 0.5;
  var KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;

  /* Khmer writes the subscript ta two ways that look the same (្ត, ្ដ): folded, they are one. */
  function foldMarks(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .replace(/\u17d2\u178a/g, "\u17d2\u178f").toLowerCase();
  }
  /* Folded, a Vietnamese closing y is i (tỷ/tỉ, lý/lí; not the y of "tuy", "hay" or "y tế"): oneSpelling. */
  var vietnamese = document.documentElement.lang === "vi";
  function sameI(folded) { return vietnamese ? folded.replace(Y_AS_I, "$1$2i$3") : folded; }
  function fold(text) { return sameI(foldMarks(text)); }
  /* Folded one character at a time, so that positions in the folded text are positions in the text. */
  function foldKeepingPlaces(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var f = text[i] === "\u178a" && text[i - 1] === "\u17d2" ? "\u178f" : foldMarks(text[i]);
      out += f.length === 1 ? f : text[i].toLowerCase().length === 1 ? text[i].toLowerCase() : text[i];
    }
    return sameI(out);
  }
  var english = document.documentElement.lang === "en";
  /* English word forms meet ("needs", "needed", "needing" all find "need"; "arrive" and "arrived" each
     other): plurals, possessives, -ed and -ing, a final e, a doubled last letter. The index and the query
     are cut alike, so the stems need not be words. Vietnamese has no word forms. */
  function stem(word) {
    if (!english || word.length < 4) return word;
    word = word.replace(/'s$/, "").replace(/ies$/, "y").replace(/(ss|x|ch|sh)es$/, "$1").replace(/([^s])s$/, "$1");
    if (/eed$/.test(word)) return word.length > 5 ? word.slice(0, -1) : word;  /* agreed, but need and speed */
    var cut = word.replace(/(ing|ed)$/, "");
    if (cut !== word && cut.length >= 3 && /[aeiouy]/.test(cut)) {
      word = cut.replace(/([^aeiouslz])\1$/, "$1");
      if (/^[^aeiou][aeiou][^aeiouwxy]$/.test(word)) return word + "e";  /* noted: note, not "not" */
    } else if (cut.length === 2 && /ed$/.test(word)) return cut + "e";  /* used: use */
    return word.length > 4 ? word.replace(/([^aeiou])e$/, "$1") : word;
  }
  /* Function words ("why", "the", "của", "thì"): they score a quarter, and a page need not hold them to rank
     with the pages that hold every other word ("why customers switch to other shops" is about switching
     shops). */
  var FUNCTION_WORDS = {
    en: "a an the and or but if then so to of in on at by for with about from into over after before is are was " +
      "were be been being am do does did have has had i me my we our us you your he him his she her it its they them their " +
      "this that these those there here what which who whom whose when where why how all any some no not only " +
      "just very too also again same other another more most much many one thing things can could should would " +
      "will shall may might must still even really ever",
    vi: "và là của có không được cho khi thì mà với rồi này đó kia một những các cái nên vì nếu để đã đang sẽ bị " +
      "ở tại trong ngoài trên dưới từ ra vào lên xuống lại nữa cũng vẫn chỉ rất quá lắm gì nào sao thế vậy ai " +
      "đâu bao nhiêu ạ à ơi nhé nha hả hay hoặc như nhưng tôi em anh chị mình bạn họ nó ta"
  };
  /* A rule's number said in words beside a rule word: "rule twenty-nine", "the fifth rule", "nguyên tắc số
     năm", "quy tac hai muoi chin", "nt ba hai". English's ordinals may come before the word; a count before it
     ("năm nguyên tắc", "five rules") is not a number. A Vietnamese number typed without its marks ("sau" is also
     after, "ba" father, "nam" south) or without marks of its own ("hai", "ba") counts only when nothing but
     function words follows it ("nguyen tac sau ban hang" is no rule 6). */
  var ENGLISH_NUMBERS = Object.create(null);
  "one two three four five six seven eight nine ten eleven twelve".split(" ").forEach(function (w, i) {
    ENGLISH_NUMBERS[w] = i + 1;
  });
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(" ").forEach(function (w, i) {
    ENGLISH_NUMBERS[w] = -(i + 1);  /* negative: an ordinal */
  });
  "thir four fif six seven eigh nine".split(" ").forEach(function (w, i) {
    ENGLISH_NUMBERS[w + "teen"] = 13 + i;
    ENGLISH_NUMBERS[w + "teenth"] = -(13 + i);
  });
  var ENGLISH_TENS = { twenty: 20, twentieth: -20, thirty: 30, thirtieth: -30 };
  var VIETNAMESE_DIGITS = { "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9 };
  var VIETNAMESE_AFTER_TEN = { "mốt": 1, "tư": 4, "lăm": 5 };  /* hai mươi mốt, ba mươi tư, mười lăm */
  function foldedKeys(table) {
    var folded = Object.create(null);
    Object.keys(table).forEach(function (w) { folded[foldMarks(w)] = table[w]; });
    return folded;
  }
  var DIGITS_FOLDED = foldedKeys(VIETNAMESE_DIGITS), AFTER_TEN_FOLDED = foldedKeys(VIETNAMESE_AFTER_TEN);
  function englishNumber(tokens, at) {
    var tens = ENGLISH_TENS[tokens[at]];
    if (tens) {
      var unit = ENGLISH_NUMBERS[tokens[at + 1]];
      if (unit && Math.abs(unit) < 10 && tens > 0) return { value: tens + Math.abs(unit), size: 2, ordinal: unit < 0 };
      return { value: Math.abs(tens), size: 1, ordinal: tens < 0 };
    }
    var n = ENGLISH_NUMBERS[tokens[at]];
    return n ? { value: Math.abs(n), size: 1, ordinal: n < 0 } : null;
  }
  function vietnameseNumber(tokens, at) {
    function digit(i, afterTen) {
      var w = tokens[i] || "", n = VIETNAMESE_DIGITS[w] || (afterTen && VIETNAMESE_AFTER_TEN[w]);
      if (n) return { value: n, marked: /[^a-z]/.test(w) };
      n = DIGITS_FOLDED[foldMarks(w)] || (afterTen && AFTER_TEN_FOLDED[foldMarks(w)]);
      return n ? { value: n, marked: false } : null;
    }
    function ten(i) { var w = tokens[i] || ""; return foldMarks(w) === "muoi" ? { marked: w !== "muoi" } : null; }
    var first = digit(at, foldMarks(tokens[at - 1] || "") === "thu"), t;  /* thứ tư: the fourth */
    if (first && (t = ten(at + 1))) {
      var unit = digit(at + 2, true);
      return { value: first.value * 10 + (unit ? unit.value : 0), size: unit ? 3 : 2, marked: true };
    }
    if ((t = ten(at))) {
      var after = digit(at + 1, true);
      return { value: 10 + (after ? after.value : 0), size: after ? 2 : 1, marked: t.marked || !!after };
    }
    if (first) {
      var second = digit(at + 1, true);  /* "ba hai" is 32, said short */
      if (second) return { value: first.value * 10 + second.value, size: 2, marked: true };
      return { value: first.value, size: 1, marked: first.marked && !/^(hai|ba)$/.test(tokens[at]) };
    }
    return null;
  }
  function sayNumberInDigits(text) {
    var tokens = text.toLowerCase().match(/[\p{L}\p{M}\p{N}#]+/gu) || [];
    if (tokens.some(function (w) { return /\d/.test(w); })) return text;
    /* the marks, and thứ: "nguyên tắc thứ năm", never "thứ năm" alone */
    function filler(w) { return w === "thu" || !!NUMBER_MARKS[w]; }
    function ruleWord(i) {  /* "principle" is "principl" */
      var w = fold(stem(tokens[i] || ""));
      return !!index.ruleWords[w] || !!NUMBER_MARKS[w];
    }
    function ruleWordAt(i) { return filler(fold(tokens[i] || "")) ? ruleWordAt(i - 1) : ruleWord(i); }
    for (var at = 0; at < tokens.length; at++) {
      var said = englishNumber(tokens, at), english = !!said;
      said = said || vietnameseNumber(tokens, at);
      if (!said || said.value > 99) continue;
      var end = at + said.size, rest = tokens.slice(end);
      var after = ruleWordAt(at - 1), before = english && said.ordinal && ruleWord(end);
      var clear = english || said.marked || rest.every(function (w) { return index.functionWords[w]; });
      if ((after || before) && clear && !(tokens[at - 1] === "no" && tokens[at] === "one")) {  /* "no one" */
        var digits = (after ? "" : "#") + said.value;  /* "the eighth rule" is "#8 rule", not a count */
        return tokens.slice(0, at).concat([digits], rest).join(" ") + (/\s$/.test(text) ? " " : "");
      }
    }
    return text;
  }
  /* Words: letters with their marks (Khmer's vowels are marks) and digits. Khmer writes no spaces between
     words, so a Khmer "word" here is a run, matched inside the text rather than word by word. */
  function words(text) {
    return (oneSpelling(text.toLowerCase()).match(/[\p{L}\p{M}\p{N}']+/gu) || []).map(stem);
  }
  /* Vietnamese writes some words two ways, both right: the tone of a closing oa, oe, uy on either letter
     (hòa/hoà, khỏe/khoẻ, thủy/thuỷ), a closing i as y or i (tỷ/tỉ lệ, kỹ/kĩ, lý/lí do). As words, one way. */
  var TONE = "[\u0300\u0301\u0303\u0309\u0323]", END = "(?![\\p{L}\\p{M}])";
  var TONE_ON_OA = new RegExp("(o)(" + TONE + ")([ae])" + END + "|(u)(" + TONE + ")(y)" + END, "gu");
  var Y_AS_I = new RegExp("(^|[^\\p{L}\\p{M}])(b|ch|c|d|gh|g|h|kh|k|l|m|ngh|ng|nh|n|ph|p|qu|r|s|th|tr|t|v|x)y(" +
    TONE + "?)" + END, "gu");
  function oneSpelling(text) {
    text = text.normalize("NFD").replace(TONE_ON_OA, function (all, o, tone, ae, u, tone2, y) {
      return o ? o + ae + tone : u + y + tone2;
    });
    return (vietnamese ? text.replace(Y_AS_I, "$1$2i$3") : text).normalize("NFC");
  }

  function prepare(doc) {
    /* Where a page belongs (c) is searched; a department's roles (r) are shown, not searched: "team lead
       skills" is about leading, not about the departments that have leads.
       A lesson's keywords (words staff use for its situations that its text does not) count as body and,
       at KEYWORD, again on their own. Its situations (moments in staff's words, a line each) count only
       line by line: see situationScore. */
    /* A rule's own number (#8, 8/39) is read by ruleNumber, never as a word: "thông số 2 máy" is no rule 2. */
    var title = words(doc.t), keywords = words(doc.k || "");
    var article = words(doc.x + " " + doc.c.replace(/\d+\/\d+/, " "));
    if (doc.n && title.indexOf(String(doc.n)) >= 0) title.splice(title.indexOf(String(doc.n)), 1);
    var body = article.concat(keywords);
    var titleText = " " + title.join(" ") + " ", bodyText = " " + body.join(" ") + " ";
    var keywordText = " " + keywords.join(" ") + " ";
    return { doc: doc, text: doc.x.normalize("NFC"), title: title, body: body, length: body.length,
      titleText: titleText, bodyText: bodyText, titleFolded: fold(titleText), bodyFolded: fold(bodyText),
      keywordText: keywordText, keywordFolded: fold(keywordText), articleFolded: fold(" " + article.join(" ") + " "),
      situations: (doc.s || []).map(function (line) { return fold(" " + words(line).join(" ") + " "); }) };
  }
  function load() {
    if (!loading) {
      loading = Promise.all([fetch(dialog.dataset.index).then(function (r) { return r.json(); }), readersDays()])
        .then(function (loaded) {
        var data = loaded[0];
        var docs = data.docs.map(prepare), vocabulary = Object.create(null), spelling = Object.create(null), length = 0;
        docs.forEach(function (entry) {
          length += entry.length;
          var seen = Object.create(null);
          entry.title.concat(entry.body).forEach(function (word) {
            var folded = fold(word);
            var forms = spelling[folded] || (spelling[folded] = Object.create(null));
            forms[word] = (forms[word] || 0) + 1;
            if (!seen[folded]) { seen[folded] = true; vocabulary[folded] = (vocabulary[folded] || 0) + 1; }
          });
        });
        var synonyms = (data.synonyms || []).map(function (group) {
          return group.map(function (phrase) { return words(phrase); }).filter(function (w) { return w.length; });
        });
        var khmerSynonyms = Object.create(null);
        synonyms.forEach(function (group) {
          group.forEach(function (phrase) {
            phrase.forEach(function (w) { if (KHMER.test(w)) khmerSynonyms[fold(w)] = true; });
          });
        });
        var ruleWords = Object.create(null);
        (data.rule || []).concat(["nt", "#"]).forEach(function (phrase) {
          words(phrase).forEach(function (w) { ruleWords[fold(w)] = true; });
        });
        /* rules/shorthand.yml: matched as typed, never folded ("hông" is không, "hong" stays hỏng) */
        var shorthand = Object.create(null);
        Object.keys(data.shorthand || {}).forEach(function (short) {
          var key = words(short);
          if (key.length === 1) shorthand[key[0]] = words(data.shorthand[short]);
        });
        var functionWords = Object.create(null);
        /* as written: folded, Vietnamese ones would take content words with them ("bạn" and "bán") */
        words(FUNCTION_WORDS[data.lang] || "").forEach(function (w) { functionWords[w] = true; });
        index = { docs: docs, readerDays: loaded[1], day: data.day, keywords: data.keywords,
          situations: data.situations, vocabulary: vocabulary,
          functionWords: functionWords, shorthand: shorthand,
          spelling: spelling, words: Object.keys(vocabulary), synonyms: synonyms, khmerSynonyms: khmerSynonyms,
          ruleWords: ruleWords,
          frequency: Object.create(null), beside: Object.create(null),
          averageLength: length / docs.length, ruled: docs.some(function (e) { return e.doc.n; }) };
      }).catch(function (error) { loading = null; throw error; });  /* the next open tries again */
    }
    return loading;
  }

  /* How often " phrase " stands in a text of space-joined words (inside the text, for Khmer). */
  function occurrences(text, phrase, khmer) {
    var needle = khmer ? phrase : " " + phrase + " ", n = 0, at = text.indexOf(needle);
    while (at >= 0) { n++; at = text.indexOf(needle, at + needle.length - (khmer ? 0 : 1)); }
    return n;
  }
  function documentFrequency(folded, khmer) {
    var key = folded;
    if (!(key in index.frequency)) {
      index.frequency[key] = index.docs.filter(function (e) {
        return occurrences(e.titleFolded, folded, khmer) || occurrences(e.bodyFolded, folded, khmer);
      }).length;
    }
    return index.frequency[key];
  }

  /* Pages with the phrase exactly as written (diacritics and all): a word typed with its marks weighs as rare
     as it is, not as common as all the words it folds with ("bán" is rarer than "ban": bạn, bàn, bản). */
  function exactFrequency(phrase, khmer) {
    var key = "=" + phrase;
    if (!(key in index.frequency)) {
      index.frequency[key] = index.docs.filter(function (e) {
        return occurrences(e.titleText, phrase, khmer) || occurrences(e.bodyText, phrase, khmer);
      }).length;
    }
    return index.frequency[key];
  }
  function rarity(phrase) {
    var khmer = KHMER.test(phrase), f = fold(phrase);
    return idf(f === phrase ? documentFrequency(f, khmer) : exactFrequency(phrase, khmer));
  }
  /* BM25's: a word on nearly every page ("khách" on a site about customers) weighs next to nothing. */
  function idf(n) {
    var all = index.docs.length;
    n = Math.min(Math.max(n, 1), all);
    return Math.log(1 + (all - n + 0.5) / (n + 0.5));
  }
  /* One edit apart: a letter wrong, missing or added, or two neighbours swapped. */
  function oneEdit(a, b) {
    if (a === b) return false;
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }
  function swapped(a, b) {
    if (a.length !== b.length || a === b) return false;
    for (var i = 0; i < a.length - 1; i++) {
      if (a[i] !== b[i]) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return false;
  }
  /* A letter left out, the commonest slip on a phone keyboard ("khac" for "khach"). */
  function oneMissing(a, b) {
    return b.length === a.length + 1 && oneEdit(a, b);
  }
  /* Words of the index one typo away from a word the index does not have: any edit from five letters, a
     letter left out or two neighbours swapped at four, only a swap below ("nia" → "nai"). The most
     frequent first. */
  function typos(word) {
    var folded = fold(word);
    if (index.vocabulary[folded] || /\d/.test(folded) || KHMER.test(folded) || folded.length < 3) return [];
    var near = folded.length >= 5 ? oneEdit : folded.length === 4 ? function (a, b) {
      return swapped(a, b) || oneMissing(a, b);
    } : swapped;
    return index.words.filter(function (w) { return near(folded, w); })
      .sort(function (a, b) { return index.vocabulary[b] - index.vocabulary[a]; }).slice(0, 5);
  }
  /* A slip that makes another real word ("khac hang" for "khach hang": khác is a word): typed beside a
     neighbour it never stands with, the word one letter away that does stand with it, on two pages or more.
     A word of two letters, in the index or not, only for a letter left out ("đổi gờ giao" is đổi giờ giao). */
  function slips(typed, i) {
    var word = fold(typed[i]), short = word.length === 2;
    if (!(short || (word.length >= 3 && index.vocabulary[word])) || KHMER.test(word) || /\d/.test(word)) return [];
    var near = short ? oneMissing : oneEdit;
    var best = null, bestCount = 1;
    [i - 1, i + 1].forEach(function (j) {
      if (j < 0 || j >= typed.length || index.functionWords[typed[j]]) return;
      var beside = wordsBeside(fold(typed[j]), j < i);
      if (beside[word]) return;
      Object.keys(beside).forEach(function (w) {
        if (beside[w] > bestCount && near(word, w)) { best = w; bestCount = beside[w]; }
      });
    });
    return best ? [best] : [];
  }
  /* The words that stand right after (or before) a word on the pages, each with how many pages: read once
     per word, not once per near spelling. */
  function wordsBeside(other, after) {
    var key = (after ? ">" : "<") + other;
    if (!index.beside[key]) {
      var counts = Object.create(null), needle = " " + other + " ";
      index.docs.forEach(function (entry) {
        var seen = Object.create(null);
        [entry.titleFolded, entry.bodyFolded].forEach(function (text) {
          for (var at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            var w = after ? text.slice(at + needle.length, text.indexOf(" ", at + needle.length))
              : text.slice(text.lastIndexOf(" ", at - 1) + 1, at);
            if (w && !seen[w]) { seen[w] = true; counts[w] = (counts[w] || 0) + 1; }
          }
        });
      });
      index.beside[key] = counts;
    }
    return index.beside[key];
  }

  function completions(word) {
    var folded = fold(word);
    if (folded.length < 2 || KHMER.test(folded)) return [];
    return index.words.filter(function (w) { return w.length > folded.length && w.indexOf(folded) === 0; })
      .sort(function (a, b) { return index.vocabulary[b] - index.vocabulary[a]; }).slice(0, 8);
  }

  /* A Khmer run the index does not hold (Khmer is written without spaces between words), cut into words
     by the browser's dictionary (Intl.Segmenter: "ភ្ញៀវចង់ជួបអ្នកគ្រប់គ្រង" → ភ្ញៀវ, ចង់, ជួប, អ្នកគ្រប់គ្រង),
     neighbours joined again into the longest runs the index holds ("ជួបអ្នកគ្រប់គ្រង"); a word it does not
     hold, and a run where there is no segmenter, cut into the longest pieces it does ("ជឿអតិថិជន" → "ជឿ",
     "អតិថិជន"). Dictionaries differ between browsers: the pieces are always what the index holds. */
  var segmenter = typeof Intl === "object" && Intl.Segmenter;
  var khmerWords = segmenter ? new Intl.Segmenter("km", { granularity: "word" }) : null;
  var khmerLetters = segmenter ? new Intl.Segmenter("km", { granularity: "grapheme" }) : null;
  function segments(text, by) { return Array.from(by.segment(text), function (s) { return s.segment; }); }
  function khmerPieces(word) {
    if (!KHMER.test(word) || documentFrequency(fold(word), true) || index.khmerSynonyms[fold(word)]) return [word];
    if (!index.khmer) index.khmer = index.docs.map(function (e) { return e.titleFolded + e.bodyFolded; }).join(" ");
    var units = khmerWords ? segments(word, khmerWords) : [word];
    var pieces = [];
    joinHeld(units).forEach(function (run) {
      if (held(run)) pieces.push(run);
      else pieces.push.apply(pieces, joinHeld(khmerLetters ? segments(run, khmerLetters) : run.split(""))
        .filter(function (p) { return p.length >= 2; }));
    });
    pieces = pieces.filter(function (p) { return KHMER.test(p); });
    return pieces.length ? pieces : [word];
  }
  /* From the left, the longest runs of neighbouring units the index holds, each joined; a unit it does not
     hold stands alone. */
  function joinHeld(units) {
    var runs = [], at = 0;
    while (at < units.length) {
      var end = units.length;
      while (end > at + 1 && !held(units.slice(at, end).join(""))) end--;
      runs.push(units.slice(at, end).join(""));
      at = end;
    }
    return runs;
  }
  /* A synonym stays whole too, or it could never be matched: "ដំឡើង" (install) finds "តម្លើង". */
  function held(text) { return index.khmer.indexOf(text) >= 0 || !!index.khmerSynonyms[fold(text)]; }
  /* The rules a query names by number, and the query's other words: "quy tắc 32", "nt 32", "#32", "rule no
     32", "32" alone, "nguyên tắc 32 và 33". "số", "no" and "number" name a rule only just before the number,
     first or after a rule word ("so sánh 2 sp", "thông số 2 máy" name no rule). A number just before a rule
     word, with none before it, counts rules ("xem hết 39 quy tắc", "all 39 rules": the list, not rule 39). */
  var NUMBER_MARKS = { so: 1, no: 1, number: 1 };
  function ruleNumber(typed, text) {
    var numbers = typed.filter(function (w) { return /^\d{1,3}$/.test(w); });
    if (!index.ruled || !numbers.length || numbers.length > 3) return null;
    var at = typed.indexOf(numbers[0]);
    function ruleWord(w) { return !!w && !!index.ruleWords[fold(w)]; }
    var mark = at > 0 && !!NUMBER_MARKS[fold(typed[at - 1])] && (at === 1 || ruleWord(typed[at - 2]));
    var marked = mark || /#\s*\d/.test(text);
    if (!marked && ruleWord(typed[at + 1]) && !ruleWord(typed[at - 1])) return null;
    var others = typed.filter(function (w, i) { return !/^\d+$/.test(w) && !(mark && i === at - 1); });
    if (!marked && others.length && !others.some(ruleWord)) return null;
    return { numbers: numbers.map(Number), others: others.filter(function (w) { return !ruleWord(w); }) };
  }
  /* The query as terms: each a thing the reader means, with the phrases that say it (as typed first,
     then its synonyms, its completions while typing, its near spellings), each with a weight. */
  function understand(text) {
    text = text.replace(/[\u17e0-\u17e9]/g, function (d) { return String(d.charCodeAt(0) - 0x17e0); });  /* ៣២ = 32 */
    if (index.ruled) text = sayNumberInDigits(text);
    var typed = words(text.replace(/([\p{L}\p{M}#])(\d)/gu, "$1 $2")), numbers = [];  /* "nt8" is "nt 8" */
    typed = [].concat.apply([], typed.map(function (w) { return index.shorthand[w] || [w]; }));  /* "ko" is "không" */
    var named = ruleNumber(typed, text);
    if (named) { numbers = named.numbers; typed = named.others; }
    typed = [].concat.apply([], typed.map(khmerPieces));
    var folded = typed.map(fold), spans = [];
    index.synonyms.forEach(function (group, g) {
      group.forEach(function (phrase) {
        var f = phrase.map(fold);
        for (var i = 0; i + f.length <= folded.length; i++) {
          if (f.every(function (w, k) { return folded[i + k] === w; })) spans.push({ at: i, size: f.length, group: g });
        }
      });
    });
    spans.sort(function (a, b) { return b.size - a.size || a.at - b.at; });
    var taken = [], terms = [];
    spans.forEach(function (span) {
      for (var k = span.at; k < span.at + span.size; k++) if (taken[k]) return;
      for (k = span.at; k < span.at + span.size; k++) taken[k] = span;
    });
    var stillTyping = !/\s$/.test(text);
    for (var i = 0; i < typed.length; i++) {
      var span = taken[i];
      if (span && span.at !== i) continue;
      var size = span ? span.size : 1, phrase = typed.slice(i, i + size).join(" ");
      var term = { alternatives: [{ phrase: phrase, weight: 1 }], at: i, size: size };
      if (span) {
        /* Typed without diacritics, a synonym counts folded only: it never outweighs the words typed. */
        var marked = fold(phrase) !== phrase;
        index.synonyms[span.group].forEach(function (other) {
          var joined = other.join(" ");
          if (fold(joined) !== fold(phrase)) term.alternatives.push({ phrase: joined, weight: SYNONYM, folded: !marked });
        });
      } else {
        typos(phrase).forEach(function (w) { term.alternatives.push({ phrase: w, weight: TYPO, folded: true }); });
        slips(typed, i).forEach(function (w) { term.alternatives.push({ phrase: w, weight: SLIP, folded: true }); });
        if (stillTyping && i === typed.length - 1) {
          completions(phrase).forEach(function (w) { term.alternatives.push({ phrase: w, weight: PREFIX, folded: true }); });
        }
      }
      terms.push(term);
    }
    /* Vietnamese words are mostly two syllables ("phàn nàn", "nói chuyện"), English ones often two words
       ("hard numbers"): each pair of neighbours typed scores as a word of its own, never required. Inside
       one synonym the pair is that synonym. */
    var pairs = [], byWord = {};
    terms.forEach(function (term) { if (term.size === 1) byWord[term.at] = term.alternatives; });
    for (i = 0; i + 1 < typed.length; i++) {
      if ((taken[i] && taken[i] === taken[i + 1]) || KHMER.test(typed[i] + typed[i + 1])) continue;
      if (index.functionWords[typed[i]] && index.functionWords[typed[i + 1]]) continue;  /* "should i", "of the" */
      var pair = { alternatives: [{ phrase: typed[i] + " " + typed[i + 1], weight: 1 }], at: i };
      /* and the two written as one word where the index has it ("fan page" is "fanpage", "khai silk"
         "Khaisilk"): then the page holds both words */
      var joined = typed[i] + typed[i + 1];
      if (index.vocabulary[fold(joined)]) pair.alternatives.push({ phrase: joined, weight: 1, folded: true, joined: true });
      /* and the pair with a near spelling or a completion of either word ("nhan vein" as "nhan vien"), at
         the mean of the two words' weights: beside the word as typed, the near spelling is surer than alone
         ("dong phcu" is "đồng phục", not every "phục vụ") */
      (byWord[i] || []).forEach(function (a, m) {
        (byWord[i + 1] || []).forEach(function (b, n) {
          if ((m === 0) !== (n === 0)) {
            var weight = (a.weight + b.weight) / 2;
            pair.alternatives.push({ phrase: a.phrase + " " + b.phrase, weight: weight, folded: true });
          }
        });
      });
      pairs.push(pair);
    }
    return { typed: typed, terms: terms, pairs: pairs, numbers: numbers };
  }

  /* BM25-like: repeated words count less and less, long pages are damped, rare words weigh more. A phrase
     matched as typed (with its diacritics) counts three times a folded match; a title four times the body,
     a keyword half again. */
  function saturate(n, length) {
    return n ? n * 2.2 / (n + 1.2 * (0.25 + 0.75 * length / index.averageLength)) : 0;
  }
  function scoreTerm(entry, term) {
    var best = 0, matched = null, found = [];
    term.alternatives.forEach(function (alt) {
      var khmer = KHMER.test(alt.phrase), f = fold(alt.phrase);
      var titleFolded = occurrences(entry.titleFolded, f, khmer), bodyFolded = occurrences(entry.bodyFolded, f, khmer);
      if (!titleFolded && !bodyFolded) return;
      found.push(alt.phrase);
      var exact = alt.folded ? 0 : 4 * saturate(occurrences(entry.titleText, alt.phrase, khmer), 8) +
        KEYWORD * saturate(occurrences(entry.keywordText, alt.phrase, khmer), 8) +
        saturate(occurrences(entry.bodyText, alt.phrase, khmer), entry.length);
      var folded = 4 * saturate(titleFolded, 8) + KEYWORD * saturate(occurrences(entry.keywordFolded, f, khmer), 8) +
        saturate(bodyFolded, entry.length);
      var weight = idf(documentFrequency(f, khmer));
      var value = alt.weight * (3 * exact * (alt.folded ? weight : rarity(alt.phrase)) + weight * folded);
      if (value > best) { best = value; matched = alt; }
    });
    return { value: best, alternative: matched, found: found };
  }
  /* A page's situations are sentences staff type ("khách ném đồ lên quầy, chửi shop lừa đảo"): one holding
     two of the query's words or more is a query like this one. It weighs their rarity times the share of the
     query's words it holds, squared, so that the moment HR wrote in, typed again, finds its page first. A
     query of one or two words counts only where the line holds it as typed ("khac quen" is not "khách
     quên"). Their words one by one are not the page's: each of ten lines holds everyday words ("khách",
     "gọi") that would pull the page up for every short query. */
  function situationScore(entry, query) {
    var best = { value: 0, held: [], found: [] }, read = query.situations;
    entry.situations.forEach(function (line) {
      if (!query.sentence && line.indexOf(read.whole) < 0) return;  /* one or two words: only as a phrase */
      var sum = 0, held = [], found = [];
      read.terms.forEach(function (term) {
        var alt = null;  /* the strongest of its phrases in the line: a slip or a typo weighs less */
        term.alternatives.forEach(function (a) {
          if ((!alt || a.weight > alt.weight) && occurrences(line, a.folded, term.khmer)) alt = a;
        });
        if (!alt) return;
        held.push({ term: term.at, as: alt.weight }); found.push(alt.phrase); sum += alt.weight * term.rarity;
      });
      sum *= Math.pow(held.length / read.meant, 2);
      if (held.length >= 2 && sum > best.value) best = { value: sum, held: held, found: found };
    });
    return best;
  }
  /* What situationScore reads of the query, worked out once per query, not per page and line. */
  function situationTerms(query, meant) {
    var terms = [];
    query.terms.forEach(function (term, t) {
      var first = term.alternatives[0].phrase;
      if (term.common) return;
      var alternatives = term.alternatives.map(function (a) {
        return { phrase: a.phrase, weight: a.weight, folded: fold(a.phrase) };
      });
      terms.push({ at: t, khmer: KHMER.test(first), rarity: rarity(first), alternatives: alternatives });
    });
    return { terms: terms, meant: Math.max(1, meant), whole: fold(" " + query.typed.join(" ") + " ") };
  }
  function score(entry, query) {
    var total = 0, weights = 0, matched = [], n = 0, any = 0, has = [];
    function hold(term, t) { if (has[t]) return; has[t] = true; any++; if (!term.common) n++; }
    query.terms.forEach(function (term, t) {
      var result = scoreTerm(entry, term);
      if (result.alternative) { matched.push.apply(matched, result.found); hold(term, t); }
      total += result.value * (term.function ? FUNCTION : 1);  /* "mình", "the": little meaning */
      weights += rarity(term.alternatives[0].phrase);
    });
    query.pairs.forEach(function (pair) {
      var result = scoreTerm(entry, pair);
      total += result.value;
      if (result.alternative && result.alternative.joined) {
        matched.push(result.alternative.phrase);
        query.terms.forEach(function (term, t) {
          if (term.size === 1 && (term.at === pair.at || term.at === pair.at + 1)) hold(term, t);
        });
      }
    });
    var typed = query.typed;
    if (typed.length > 1 && any > 1) {
      /* Vietnamese words are often two syllables ("xin lỗi"): the phrase as typed, and each pair of
         neighbours, outweigh syllables matched apart ("giỏi" is not "giới thiệu"). */
      var phrase = " " + typed.join(" ") + " ", bonus = 0;
      if (entry.titleText.indexOf(phrase) >= 0) bonus += 16;
      else if (entry.titleFolded.indexOf(fold(phrase)) >= 0) bonus += 4;
      if (entry.bodyText.indexOf(phrase) >= 0) bonus += 12;
      else if (entry.bodyFolded.indexOf(fold(phrase)) >= 0) bonus += 2;
      var pairs = 0;
      for (var i = 0; i + 1 < typed.length; i++) {
        var pair = " " + fold(typed[i] + " " + typed[i + 1]) + " ";
        if (entry.titleFolded.indexOf(pair) >= 0 || entry.bodyFolded.indexOf(pair) >= 0) pairs++;
      }
      bonus += 3 * pairs / (typed.length - 1);
      total += bonus * weights / typed.length;
      if (!bonus) total *= 0.5;  /* the words only apart, never side by side: "cửa hàng bán" is not "bán hàng" */
    }
    var situation = situationScore(entry, query);  /* and the words it holds are the page's */
    total += SITUATION * situation.value;
    situation.held.forEach(function (h) { if (!has[h.term] && h.as === 1) n++; });  /* as typed, or folded */
    matched.push.apply(matched, situation.found);
    if (query.numbers.indexOf(entry.doc.n) >= 0) { total += 1000; n += query.terms.length + 1; }
    return { score: total, terms: n, matched: matched };
  }
  function search(text) {
    var query = understand(text);
    if (!query.terms.length && !query.numbers.length) return { query: query, hits: [] };
    /* Phrases no page holds score nothing on any page: left out before every page is read for them. */
    query.terms.concat(query.pairs).forEach(function (term) {
      term.alternatives = term.alternatives.filter(function (alt, k) {
        return !k || documentFrequency(fold(alt.phrase), KHMER.test(alt.phrase));
      });
    });
    /* A word on more than half the pages ("khách", "của", "the") scores, but does not count among the
       words a page must all have to rank above the pages with some. */
    var counted = 0, known = 0;
    query.terms.forEach(function (term) {
      var first = term.alternatives[0].phrase, khmer = KHMER.test(first);
      term.function = !!index.functionWords[first];
      term.common = term.function ||
        (fold(first) === first ? documentFrequency(first, khmer) : exactFrequency(first, khmer)) > index.docs.length / 2;
      if (!term.common) counted++;
      if (!term.common && (term.alternatives.length > 1 || documentFrequency(fold(first), khmer))) known++;
    });
    query.sentence = known > 2 || query.terms.length >= 4;  /* see below */
    query.situations = situationTerms(query, counted);
    var hits = index.docs.map(function (entry) {
      var s = score(entry, query);
      return { entry: entry, score: s.score, terms: s.terms, matched: s.matched };
    }).filter(function (hit) { return hit.score > 0; });
    var most = hits.reduce(function (m, hit) { return Math.max(m, hit.terms); }, 0);
    hits.forEach(function (hit) { hit.partial = hit.terms < Math.min(most, counted); });
    /* One or two words: pages with every word first; below them, the best scores (a page with two rare
       words of the query outranks one with three everyday ones). Three words or more that the index holds,
       or four words of any kind, typed as a sentence ("khách gọi lại lần 2 lại phải kể từ đầu"): a long page
       holds most of the everyday ones by chance, so the score decides, weighed by the share of the words a
       page holds, squared. */
    hits.forEach(function (hit) {
      hit.rank = query.sentence ? hit.score * Math.pow((hit.terms + 1) / (most + 1), 2) : hit.score;
    });
    hits.sort(function (a, b) { return (query.sentence ? 0 : a.partial - b.partial) || b.rank - a.rank; });
    return { query: query, hits: hits };
  }

  /* The passage with the most of the matched words, those words marked. */
  function places(text, folded, phrases) {
    var found = [];
    phrases.forEach(function (phrase, p) {
      var f = fold(phrase), khmer = KHMER.test(f), at = folded.indexOf(f);
      while (f && at >= 0) {
        var end = at + f.length;
        if (english && !khmer) while (end < folded.length && /[\p{L}']/u.test(folded[end]) && end - at - f.length < 3) end++;
        var left = at === 0 || !/[\p{L}\p{M}\p{N}]/u.test(folded[at - 1]);
        var right = end === folded.length || !/[\p{L}\p{M}\p{N}]/u.test(folded[end]);
        if (khmer || (left && right)) found.push({ start: at, end: end, phrase: p });
        at = folded.indexOf(f, at + 1);
      }
    });
    return found.sort(function (a, b) { return a.start - b.start; });
  }
  /* How many of the query's phrases these marks show. */
  function phrasesShown(marks) {
    var seen = {};
    marks.forEach(function (mark) { seen[mark.phrase] = true; });
    return Object.keys(seen).length;
  }
  function snippet(entry, phrases, typed) {
    /* the words that say what the reader means: "to" and "they" marked everywhere would show nothing */
    var meant = phrases.filter(function (phrase) { return !index.functionWords[phrase]; });
    if (meant.length) phrases = meant;
    var text = entry.text, marks = places(text, foldKeepingPlaces(text), phrases), WIDTH = 150;
    if (entry.doc.k) {
      /* found more through the lesson's keywords than its text (more of the words, or the words as one
         phrase, as typed): say so, the keywords that matched marked */
      /* the keywords that hold the words, those with the most of them first (a lesson has twenty) */
      var matching = entry.doc.k.normalize("NFC").split(/\s*,\s*/).map(function (phrase, at) {
        return { phrase: phrase, at: at, shown: phrasesShown(places(phrase, foldKeepingPlaces(phrase), phrases)) };
      }).filter(function (k) { return k.shown; }).sort(function (a, b) { return b.shown - a.shown || a.at - b.at; });
      var keywords = index.keywords + ": " + matching.map(function (k) { return k.phrase; }).join(", ");
      var inKeywords = places(keywords, foldKeepingPlaces(keywords), phrases);
      var whole = typed.length > 1 ? " " + fold(typed.join(" ")) + " " : null;
      var together = whole && entry.keywordFolded.indexOf(whole) >= 0 && entry.articleFolded.indexOf(whole) < 0;
      if (phrasesShown(inKeywords) > phrasesShown(marks) || (together && inKeywords.length)) {
        text = keywords; marks = inKeywords;
      }
    }
    /* a situation that holds two of the words or more, and as many as the passage shown: the moment itself */
    (entry.doc.s || []).forEach(function (line) {
      var shown = index.situations + ": " + line.normalize("NFC"), at = places(shown, foldKeepingPlaces(shown), phrases);
      if (phrasesShown(at) >= Math.max(2, phrasesShown(marks) + (text === entry.text ? 0 : 1))) {
        text = shown; marks = at;
      }
    });
    var start = 0, best = -1;
    (text === entry.text ? marks : []).forEach(function (mark) {  /* keywords are shown from their label on */
      var from = Math.max(0, mark.start - 40), kinds = {};
      marks.forEach(function (m) { if (m.start >= from && m.end <= from + WIDTH) kinds[m.phrase] = true; });
      var n = Object.keys(kinds).length;
      if (n > best) { best = n; start = from; }
    });
    if (start > 0) { var space = text.lastIndexOf(" ", start + 10); if (space > start - 15) start = space + 1; }
    var end = Math.min(text.length, start + WIDTH), parts = [], at = start;
    if (start > 0) parts.push("…");
    marks.forEach(function (m) {
      if (m.start < at || m.end > end) return;
      parts.push(text.slice(at, m.start));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m.start, m.end);
      parts.push(mark);
      at = m.end;
    });
    parts.push(text.slice(at, end) + (end < text.length ? "…" : ""));
    return parts;
  }
  /* The day the reader meets a lesson, from their department's data file (fetched with the index). */
  function readersDays() {
    var choice;
    try { choice = JSON.parse(localStorage.getItem("brand30.choice")); } catch (e) { choice = null; }
    if (!choice || !dialog.dataset.days) return Promise.resolve({});
    var address = new URL(dialog.dataset.days.replace("{id}", encodeURIComponent(choice.department)), location.href);
    return fetch(address).then(function (r) { return r.ok ? r.json() : {}; }).then(function (data) {
      var role = data.roles && data.roles[choice.role], days = {};
      (role ? role.days : []).forEach(function (day, i) {
        day.lessons.forEach(function (id) { days[id] = days[id] || i + 1; });
      });
      return days;
    }).catch(function () { return {}; });
  }
  function readersDay(doc) { return doc.id && index.readerDays[doc.id] ? index.readerDays[doc.id] : null; }

  /* Nothing found: the nearest words the index has, and the main topics (the modules). */
  function didYouMean(query) {
    var changed = false;
    var fixed = query.typed.map(function (word) {
      var folded = fold(word);
      if (index.vocabulary[folded] || KHMER.test(folded) || folded.length < 3) return word;
      var best = null;
      index.words.forEach(function (w) {
        if (oneEdit(folded, w) || (folded.length >= 5 && w.length >= folded.length - 2 && edits(folded, w) <= 2)) {
          if (!best || index.vocabulary[w] > index.vocabulary[best]) best = w;
        }
      });
      if (!best) return word;
      changed = true;
      var forms = index.spelling[best];
      return Object.keys(forms).sort(function (a, b) { return forms[b] - forms[a]; })[0];
    });
    return changed ? fixed.join(" ") : "";
  }
  function edits(a, b) {
    if (Math.abs(a.length - b.length) > 2) return 3;
    var row = [];
    for (var j = 0; j <= b.length; j++) row.push(j);
    for (var i = 1; i <= a.length; i++) {
      var previous = row[0]; row[0] = i;
      for (j = 1; j <= b.length; j++) {
        var keep = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = keep;
      }
    }
    return row[b.length];
  }
  function offer(query) {
    var parts = [], better = query.typed.length ? didYouMean(query) : "";
    if (better) {
      var line = document.createElement("p"), button = document.createElement("button");
      line.textContent = dialog.dataset.didYouMean + " ";
      button.type = "button";
      button.className = "site-search__retry";
      button.textContent = better;
      button.addEventListener("click", function () { input.value = better; render(better); input.focus(); });
      line.append(button);
      parts.push(line);
    }
    var heading = document.createElement("p"), topics = document.createElement("ul");
    heading.textContent = dialog.dataset.popular;
    index.docs.filter(function (e) { return /^modules\//.test(e.doc.u); }).forEach(function (e) {
      var item = document.createElement("li"), link = document.createElement("a");
      link.href = new URL(e.doc.u, base).href;
      link.textContent = e.doc.t;
      item.append(link);
      topics.append(item);
    });
    parts.push(heading, topics);
    suggest.replaceChildren.apply(suggest, parts);
  }
  function render(text) {
    var found = search(text), hits = found.hits, n = hits.length;
    status.textContent = n === 0 ? dialog.dataset.none : n === 1 ? dialog.dataset.one : dialog.dataset.other.replace("#", n);
    if (n === 0 && (found.query.typed.length || found.query.numbers.length)) offer(found.query);
    else suggest.replaceChildren();
    list.replaceChildren.apply(list, hits.slice(0, MAX).map(function (hit) {
      var doc = hit.entry.doc, item = document.createElement("li"), link = document.createElement("a");
      item.className = "site-search__item" + (hit.partial ? " site-search__item--partial" : "");
      link.href = new URL(doc.u, base).href;
      var title = document.createElement("strong");
      title.textContent = doc.t;
      var where = document.createElement("span");
      where.className = "site-search__where";
      var day = readersDay(doc);
      where.textContent = [doc.c, doc.r, day && index.day + " " + day].filter(Boolean).join(" · ");
      var excerpt = document.createElement("span");
      excerpt.className = "site-search__snippet";
      excerpt.append.apply(excerpt, snippet(hit.entry, hit.matched.length ? hit.matched : found.query.typed, found.query.typed));
      link.append(title, where, excerpt);
      if (hit.partial) {
        var partial = document.createElement("span");
        partial.className = "site-search__partial";
        partial.textContent = dialog.dataset.partial;
        link.append(partial);
      }
      item.append(link);
      return item;
    }));
  }

  var pending = 0;
  input.addEventListener("input", function () {
    var text = input.value, ticket = ++pending;
    load().then(function () { if (ticket === pending) render(text); });
  });
  dialog.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) location.href = first.href;
  });
  function open() {
    dialog.hidden = false;
    document.documentElement.classList.add("site-search--open");
    input.focus();
    load();
  }
  function close() {
    dialog.hidden = true;
    document.documentElement.classList.remove("site-search--open");
    opener.focus();
  }
  opener.addEventListener("click", open);
  dialog.querySelector(".site-search__close").addEventListener("click", close);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !dialog.hidden) close();
    if ((event.key === "/" || event.key === "s") && dialog.hidden &&
        !/input|textarea|select/i.test(document.activeElement.tagName)) { event.preventDefault(); open(); }
  });
})();
