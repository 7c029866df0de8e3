/* The day view (day/ and today/): one reader's day, composed from the lesson pages and the department's
   data file, so that the site has one page per lesson, not one per department × role × day.
   day/?d=DEPARTMENT&r=ROLE&c=COHORT&n=DAY; without n, today's day of the cohort; without d, the
   reader's stored choice. The reader's own rank part is shown, the others are folded. */
(function () {
  var view = document.getElementById("day-view"), wrongBox = document.getElementById("wrong-review");
  if (!(view || wrongBox) || !window.brand30) return;
  var B = window.brand30, el = B.el, fill = B.fill;
  var params = new URLSearchParams(location.search);
  if (wrongBox) return showWrong();

  function status(text) { view.replaceChildren(el("p", { class: "day-view__status", role: "status" }, [text])); }
  function page(address) {
    return fetch(address).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + address);
      return r.text();
    }).then(function (text) { return new DOMParser().parseFromString(text, "text/html"); });
  }
  /* A block of another page, its headings one level down (the day's lessons are its h2). */
  function take(doc, selector) {
    var block = doc.querySelector(selector);
    if (!block) return null;
    block = document.importNode(block, true);
    block.querySelectorAll("h4, h3, h2").forEach(function (h) {
      var lower = el("h" + (Number(h.tagName[1]) + 1), h.id ? { id: h.id } : {});
      lower.append.apply(lower, Array.prototype.slice.call(h.childNodes));
      h.replaceWith(lower);
    });
    return block;
  }
  /* The reader's rank part first and open, under "your part today"; the other ranks folded. */
  function forRank(block, level) {
    block.querySelectorAll(".rank-only").forEach(function (part) { if (part.dataset.level !== level) part.remove(); });
    block.querySelectorAll(".rank-parts").forEach(function (parts) {
      Array.prototype.slice.call(parts.children).forEach(function (part) {
        var heading = part.querySelector("h2, h3, h4, h5");
        if (part.dataset.level === level) {
          if (heading) heading.textContent = part.dataset.you;
          parts.prepend(part);
        } else {
          var details = el("details", { class: "note rank-part rank-part--other", "data-level": part.dataset.level });
          var summary = el("summary", {}, [heading ? heading.textContent : part.dataset.level]);
          if (heading) heading.remove();
          details.append.apply(details, [summary].concat(Array.prototype.slice.call(part.childNodes)));
          part.replaceWith(details);
        }
      });
    });
  }
  function admonition(kind, title, body) {
    var box = el("div", { class: "admonition " + kind }, [el("p", { class: "admonition-title" }, [title])]);
    box.append.apply(box, Array.prototype.slice.call(body.childNodes));
    return box;
  }

  function compose(program, data, choice, cohort, n) {
    var L = program.labels, role = data.roles[choice.role], entry = role.days[n - 1], days = program.days;
    var review = entry.review || [];
    var lessonPages = entry.lessons.map(function (id) { return page(B.url(program.urls.lesson, { id: id })); });
    var reviewPages = review.map(function (quiz) { return page(B.url(program.urls.lesson, { id: B.lessonOfQuiz(quiz) })); });
    var tipPage = entry.tip ? page(B.url(program.urls.etiquette)) : Promise.resolve(null);
    var questionPage = entry.question ? page(B.url(program.urls.questions)) : Promise.resolve(null);
    return Promise.all([Promise.all(lessonPages), tipPage, questionPage, Promise.all(reviewPages)]).then(function (loaded) {
      var parts = [];
      var heading = document.querySelector("article h1");
      if (heading) heading.textContent = fill(L.day_of, { day: n, days: days });
      document.title = fill(L.day_of, { day: n, days: days }) + " · " + data.name + " · " + role.name;
      document.querySelectorAll('[data-md-component="header-topic"] .md-ellipsis').forEach(function (topic) {
        topic.textContent = fill(L.day_of, { day: n, days: days });
      });
      parts.push(el("p", { class: "day-meta", "data-department": data.id, "data-role": choice.role, "data-day": String(n) }, [
        data.name + " · " + role.name + " · " + fill(L.minutes_read, { minutes: entry.minutes }), el("br"),
        cohort.name + ": " + B.dateText(program, B.dateOf(cohort.start, n))]));
      var tipDoc = loaded[1], questionDoc = loaded[2];
      if (tipDoc) {
        var tipBody = take(tipDoc, '.tip-body[data-tip="' + entry.tip + '"]');
        var tipTitle = tipDoc.getElementById(entry.tip);
        if (tipBody) parts.push(admonition("tip day-tip", L.tip_of_day + ": " +
          (tipTitle ? tipTitle.textContent.replace(/^\s*\d+\.\s*/, "") : ""), tipBody));
      }
      loaded[0].forEach(function (doc, i) {
        var id = entry.lessons[i], body = take(doc, '.lesson-body[data-lesson="' + id + '"]');
        if (!body) return;
        forRank(body, role.level);
        var practice = body.querySelector(".admonition.practice");
        if (practice && data.practice) {
          var here = el("p", { class: "practice-here" }, [el("strong", {}, [L.practice_here + ": "])]);
          here.insertAdjacentHTML("beforeend", data.practice);  /* escaped at build time (markup.html) */
          practice.append(here);
        }
        var title = el("h2", { id: id }, [el("a", { href: B.url(program.urls.lesson, { id: id }) }, [program.lessons[id]])]);
        parts.push(el("section", { class: "day-lesson", "data-lesson": id }, [title, body]));
      });
      if (!entry.lessons.length) parts.push(el("p", { class: "day-review" }, [L.review_day]));
      var again = reviewBlock(program, review, loaded[3]);
      if (again) parts.push(again);
      if (questionDoc) {
        var question = take(questionDoc, '.question-body[data-question="' + entry.question + '"]');
        var questionTitle = questionDoc.getElementById(entry.question);
        if (question) {
          forRank(question, role.level);
          parts.push(el("section", { class: "day-question" }, [el("h2", { id: entry.question }, [L.question_of_week + ": " +
            (questionTitle ? questionTitle.textContent.replace(/^\s*\d+\.\s*/, "") : "")]), question]));
        }
      }
      parts.push(doneButton(program, choice, n));
      parts.push(dayNav(program, choice, n));
      view.replaceChildren.apply(view, parts);
      B.storageNote(view, program);
      if (window.brand30Quiz) window.brand30Quiz(view);
      view.dataset.ready = "";
    });
  }

  /* Questions met days before, taken from their lessons' pages: spaced review. */
  function reviewBlock(program, quizzes, docs) {
    var forms = quizzes.map(function (quiz, i) {
      var form = docs[i] && docs[i].querySelector('form.quiz[data-quiz="' + quiz + '"]');
      if (!form) return null;
      form = document.importNode(form, true);
      var from = el("p", { class: "quiz__from" }, [B.fill(program.labels.review_from, { lesson: program.lessons[B.lessonOfQuiz(quiz)] })]);
      var legend = form.querySelector("legend");
      legend.textContent = legend.textContent.replace(/^\s*\d+\.\s*/, "");
      form.querySelector("fieldset").before(from);
      return form;
    }).filter(Boolean);
    if (!forms.length) return null;
    return el("section", { class: "day-again" }, [el("h2", { id: "review" }, [program.labels.review_title])].concat(forms));
  }
  /* review/: after day 30, the questions this phone answered wrongly. */
  function showWrong() {
    B.loadProgram().then(function (program) {
      var quizzes = B.wrong();
      return Promise.all(quizzes.map(function (quiz) {
        return page(B.url(program.urls.lesson, { id: B.lessonOfQuiz(quiz) })).catch(function () { return null; });
      })).then(function (docs) {
        var block = quizzes.length ? reviewBlock(program, quizzes, docs) : null;
        wrongBox.replaceChildren(block || el("p", {}, [program.labels.no_wrong]));
        if (window.brand30Quiz) window.brand30Quiz(wrongBox);
        wrongBox.dataset.ready = "";
      });
    });
  }

  function doneButton(program, choice, n) {
    var L = program.labels, button = el("button", { type: "button", class: "md-button day-done", "aria-pressed": "false" });
    function render() {
      var done = B.isDone(choice.department, choice.role, n);
      button.textContent = done ? L.done : L.mark_done;
      button.setAttribute("aria-pressed", String(done));
    }
    button.addEventListener("click", function () {
      B.setDone(choice.department, choice.role, n, !B.isDone(choice.department, choice.role, n));
      render();
      button.blur();
    });
    render();
    return button;
  }
  function dayNav(program, choice, n) {
    var L = program.labels, nav = el("nav", { class: "day-nav", "aria-label": L.all_days });
    function link(day) {
      return B.url(program.urls.day + "?d={d}&r={r}&c={c}&n={n}", { d: choice.department, r: choice.role, c: choice.cohort, n: day });
    }
    if (n < program.days) nav.append(el("a", { class: "md-button md-button--primary day-nav__next", href: link(n + 1), rel: "next" }, [fill(L.next, { day: n + 1 })]));
    if (n > 1) nav.append(el("a", { class: "md-button day-nav__prev", href: link(n - 1), rel: "prev" }, [fill(L.prev, { day: n - 1 })]));
    nav.append(el("a", { class: "day-nav__all", href: B.url(program.urls.department, { id: choice.department }) + "#" + choice.role }, [L.all_days]));
    return nav;
  }

  function open(program, choice, explicit) {
    var where = B.locate(program, choice);
    var cohort = where.cohort;
    var n = explicit ? B.clamp(Number(params.get("n")) || 1, program.days) : B.clamp(where.day, program.days);
    choice = { department: choice.department, role: choice.role, cohort: cohort.id };
    return B.getJSON(fill(program.urls.data, { id: choice.department })).then(function (data) {
      return compose(program, data, choice, cohort, n);
    }).then(function () { B.keepOffline(program, B.read(B.CHOICE, choice)); });
  }

  B.loadProgram().then(function (program) {
    var L = program.labels, stored = B.read(B.CHOICE, null), given = stored, asked = params.get("d");
    if (asked) {
      var same = stored && stored.department === asked;
      given = { department: asked, role: params.get("r") || (same ? stored.role : null),
        cohort: params.get("c") || (same ? stored.cohort : null) };
    }
    function chosen(choice) { B.write(B.CHOICE, choice); open(program, choice, false); }
    if (!given) return B.chooser(program, view, chosen);
    if (!B.locate(program, given)) {
      var known = program.departments.some(function (d) { return d.id === given.department; });
      var message = !known || params.get("r") ? L.not_found : null;
      return B.chooser(program, view, chosen, known ? { department: given.department } : null, message);
    }
    /* A QR code or link with department and role becomes this phone's choice if it has none yet, or on today/ */
    if (asked && params.get("r") && (!stored || view.hasAttribute("data-today"))) B.write(B.CHOICE, given);
    return open(program, given, params.has("n"));
  }).catch(function () { status(document.documentElement.lang === "vi" ? "Chưa mở được bài." : "The reading could not be opened."); });
})();
