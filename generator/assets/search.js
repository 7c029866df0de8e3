/* The site's search. Vietnamese typed with or without diacritics finds the same pages ("cam on" ≈ "cảm ơn");
   pages that match the diacritics as typed rank first. The index (search.json, one per language) is
   fetched the first time the reader opens search, not on every page. */
(function () {
  var dialog = document.getElementById("site-search");
  if (!dialog) return;
  var input = dialog.querySelector(".site-search__input");
  var list = dialog.querySelector(".site-search__results");
  var status = dialog.querySelector(".site-search__status");
  var opener = document.querySelector(".site-search__open");
  var base = new URL(dialog.dataset.base.replace(/\/?$/, "/"), location.href);
  var index = null, loading = null;
  var MAX = 10;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  var english = document.documentElement.lang === "en";
  /* English plurals and possessives meet their singular ("needs" finds "need"); Vietnamese has none. */
  function stem(word) {
    if (!english || word.length < 4) return word;
    return word.replace(/'s$/, "").replace(/ies$/, "y").replace(/(ss|x|ch|sh)es$/, "$1").replace(/([^s])s$/, "$1");
  }
  function words(text) {
    return (text.toLowerCase().normalize("NFC").match(/[\p{L}\p{N}']+/gu) || []).map(stem);
  }

  function prepare(doc) {
    var title = words(doc.t), body = words(doc.x + " " + doc.c);
    return { doc: doc, title: title, titleFolded: title.map(fold), body: body, bodyFolded: body.map(fold),
      titleText: " " + title.join(" ") + " ", bodyText: " " + body.join(" ") + " " };
  }
  function load() {
    if (!loading) {
      loading = Promise.all([fetch(dialog.dataset.index).then(function (r) { return r.json(); }), readersDays()])
        .then(function (loaded) {
        var data = loaded[0];
        var docs = data.docs.map(prepare), documentFrequency = {}, length = 0;
        docs.forEach(function (entry) {
          length += entry.body.length;
          new Set(entry.titleFolded.concat(entry.bodyFolded)).forEach(function (word) {
            documentFrequency[word] = (documentFrequency[word] || 0) + 1;
          });
        });
        index = { docs: docs, readerDays: loaded[1], day: data.day, documentFrequency: documentFrequency,
          averageLength: length / docs.length };
      }).catch(function (error) { loading = null; throw error; });  /* the next open tries again */
    }
    return loading;
  }

  function count(list_, term, prefix) {
    var n = 0;
    for (var i = 0; i < list_.length; i++) {
      if (list_[i] === term || (prefix && list_[i].indexOf(term) === 0)) n++;
    }
    return n;
  }
  /* BM25-like: repeated words count less and less, long pages are damped, rare words weigh more.
     A word matched as typed (with its diacritics) counts three times a folded match; a title four times
     the body; the whole phrase in order adds a bonus. Every query word must match; the last one may be
     a prefix (the reader is still typing). */
  function saturate(n, length) {
    return n ? n * 2.2 / (n + 1.2 * (0.25 + 0.75 * length / index.averageLength)) : 0;
  }
  function score(entry, query) {
    var total = 0, weights = 0;
    for (var i = 0; i < query.length; i++) {
      var q = query[i], qf = fold(q), last = i === query.length - 1;
      var titleFolded = count(entry.titleFolded, qf, last), bodyFolded = count(entry.bodyFolded, qf, last);
      if (!titleFolded && !bodyFolded) return 0;
      var exact = 4 * saturate(count(entry.title, q, last), 8) + saturate(count(entry.body, q, last), entry.body.length);
      var folded = 4 * saturate(titleFolded, 8) + saturate(bodyFolded, entry.body.length);
      var weight = Math.log(1 + index.docs.length / (index.documentFrequency[qf] || 1));
      total += weight * (3 * exact + folded);
      weights += weight;
    }
    if (query.length > 1) {
      var phrase = " " + query.join(" ") + " ", phraseFolded = fold(phrase), bonus = 0;
      /* Vietnamese words are often two syllables ("xin lỗi"): the phrase as typed outweighs its syllables
         matched apart, which a title match of one of them would otherwise win. */
      if (entry.titleText.indexOf(phrase) >= 0) bonus += 16;
      else if (fold(entry.titleText).indexOf(phraseFolded) >= 0) bonus += 4;
      if (entry.bodyText.indexOf(phrase) >= 0) bonus += 12;
      else if (fold(entry.bodyText).indexOf(phraseFolded) >= 0) bonus += 2;
      total += bonus * weights / query.length;
      if (!bonus) total *= 0.5;  /* the words only apart, never side by side */
    }
    return total;
  }
  function search(text) {
    var query = words(text);
    if (!query.length) return [];
    return index.docs.map(function (entry) { return { entry: entry, score: score(entry, query) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score; });
  }

  function snippet(text, query) {
    var lower = text.toLowerCase(), folded = fold(text), at = lower.indexOf(query.join(" "));
    for (var i = 0; i < query.length && at < 0; i++) at = lower.indexOf(query[i]);
    for (var j = 0; j < query.length && at < 0; j++) at = folded.indexOf(fold(query[j]));
    var start = Math.max(0, at - 40);
    return (start ? "…" : "") + text.slice(start, start + 140) + (text.length > start + 140 ? "…" : "");
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
  function render(text) {
    var hits = search(text), query = words(text);
    var n = hits.length;
    status.textContent = n === 0 ? dialog.dataset.none : n === 1 ? dialog.dataset.one : dialog.dataset.other.replace("#", n);
    list.replaceChildren.apply(list, hits.slice(0, MAX).map(function (hit) {
      var doc = hit.entry.doc, item = document.createElement("li"), link = document.createElement("a");
      item.className = "site-search__item";
      link.href = new URL(doc.u, base).href;
      var title = document.createElement("strong");
      title.textContent = doc.t;
      var where = document.createElement("span");
      where.className = "site-search__where";
      var day = readersDay(doc);
      where.textContent = doc.c + (day ? " · " + index.day + " " + day : "");
      var excerpt = document.createElement("span");
      excerpt.className = "site-search__snippet";
      excerpt.textContent = snippet(doc.x, query);
      link.append(title, where, excerpt);
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
