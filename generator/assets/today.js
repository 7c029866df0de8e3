/* A reader's program: department, role and cohort are chosen once (kept on this phone), then the home
   page says "Day N of 30" for their own cohort, the department page marks their days, and day pages can
   be marked done. Nothing leaves the browser. Shared with day.js through window.brand30. */
(function () {
  var CHOICE = "brand30.choice", DONE = "brand30.done", WRONG = "brand30.wrong";
  var config = JSON.parse(document.getElementById("__config").textContent);
  var root = new URL(config.base.replace(/\/?$/, "/"), location.href);

  /* Storage may be refused (private mode, site data off): keep the choice for this visit in memory,
     and say once that it will not be kept. */
  var memory = {}, persistent = true;
  function read(key, fallback) {
    try {
      var stored = localStorage.getItem(key);
      return (stored === null ? null : JSON.parse(stored)) || memory[key] || fallback;
    } catch (e) { persistent = false; return memory[key] || fallback; }
  }
  function write(key, value) {
    memory[key] = value;
    try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { persistent = false; }
  }
  function forget(key) {
    delete memory[key];
    try { localStorage.removeItem(key); } catch (e) { persistent = false; }
  }
  function fill(text, values) { return text.replace(/\{(\w+)\}/g, function (_, k) { return values[k]; }); }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.append(c); });
    return node;
  }
  function url(template, values) { return new URL(fill(template, values || {}), root).href; }
  function getJSON(path) {
    return fetch(new URL(path, root)).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + path);
      return r.json();
    });
  }

  /* Dates: local days, so the day turns at local midnight; written as rules/interface.yml says. */
  function localDate(iso) { var p = iso.split("-"); return new Date(+p[0], +p[1] - 1, +p[2]); }
  function today() { var t = new Date(); return new Date(t.getFullYear(), t.getMonth(), t.getDate()); }
  function dayNumber(start) { return Math.round((today() - localDate(start)) / 86400000) + 1; }
  function dateOf(start, day) { var d = localDate(start); d.setDate(d.getDate() + day - 1); return d; }
  function dateText(program, date) {
    function two(n) { return String(n).padStart(2, "0"); }
    return fill(program.dateFormat, { dd: two(date.getDate()), mm: two(date.getMonth() + 1), yyyy: date.getFullYear() });
  }
  /* The cohort running today, else the next to start, else the last to finish. */
  function defaultCohort(cohorts, days) {
    var running = cohorts.filter(function (c) { var n = dayNumber(c.start); return n >= 1 && n <= days; });
    if (running.length) return running[running.length - 1];
    var coming = cohorts.filter(function (c) { return dayNumber(c.start) < 1; });
    return coming.length ? coming[0] : cohorts[cohorts.length - 1];
  }
  function cohortOf(cohorts, id, days) {
    return cohorts.find(function (c) { return c.id === id; }) || defaultCohort(cohorts, days);
  }
  function clamp(day, days) { return Math.min(Math.max(day, 1), days); }

  function doneDays(choice) {
    var prefix = choice.department + "/" + choice.role + "/";
    return read(DONE, []).filter(function (k) { return k.indexOf(prefix) === 0; })
      .map(function (k) { return Number(k.slice(prefix.length)); });
  }
  function isDone(department, role, day) { return read(DONE, []).indexOf(department + "/" + role + "/" + day) >= 0; }
  function setDone(department, role, day, done) {
    var key = department + "/" + role + "/" + day, list = read(DONE, []).filter(function (k) { return k !== key; });
    if (done) list.push(key);
    write(DONE, list);
  }
  function streak(done, upTo) {
    var set = new Set(done), day = set.has(upTo) ? upTo : upTo - 1, count = 0;
    while (day >= 1 && set.has(day)) { count++; day--; }
    return count;
  }
  /* {department, cohort, day} of a choice, or null when the department or role does not exist. */
  function locate(program, choice) {
    var department = choice && program.departments.find(function (d) { return d.id === choice.department; });
    if (!department || department.roles.indexOf(choice.role) < 0) return null;
    var cohort = cohortOf(department.cohorts, choice.cohort, program.days);
    return { department: department, cohort: cohort, day: dayNumber(cohort.start) };
  }
  function dayUrl(program, choice, day) {
    return url(program.urls.day + "?d={d}&r={r}&c={c}&n={n}",
      { d: choice.department, r: choice.role, c: choice.cohort || "", n: day });
  }
  function storageNote(box, program) {
    if (persistent || box.querySelector(".storage-note")) return;
    box.append(el("p", { class: "storage-note", role: "note" }, [program.labels.not_kept]));
  }

  function chooser(program, box, onChosen, preset, message) {
    var L = program.labels;
    var departments = el("select", { id: "today-department", name: "department" },
      program.departments.map(function (d) { return el("option", { value: d.id }, [d.name]); }));
    var roles = el("select", { id: "today-role", name: "role" });
    var cohorts = el("select", { id: "today-cohort", name: "cohort" });
    var cohortField = el("p", {}, [el("label", { for: "today-cohort" }, [L.cohort]), cohorts]);
    function refresh() {
      var d = program.departments.find(function (x) { return x.id === departments.value; });
      roles.replaceChildren.apply(roles, d.roles.map(function (r) { return el("option", { value: r }, [program.roles[r]]); }));
      cohorts.replaceChildren.apply(cohorts, d.cohorts.map(function (c) {
        return el("option", { value: c.id }, [c.name + " · " + dateText(program, localDate(c.start))]);
      }));
      cohorts.value = defaultCohort(d.cohorts, program.days).id;
      cohortField.hidden = d.cohorts.length < 2;
    }
    departments.addEventListener("change", refresh);
    if (preset && program.departments.some(function (d) { return d.id === preset.department; })) {
      departments.value = preset.department;
    }
    refresh();
    if (preset && preset.role && d_has(roles, preset.role)) roles.value = preset.role;
    var form = el("form", { class: "today__choose" }, [
      el("h2", {}, [L.choose]),
      el("p", {}, [el("label", { for: "today-department" }, [L.department]), departments]),
      el("p", {}, [el("label", { for: "today-role" }, [L.role]), roles]),
      cohortField,
      el("button", { type: "submit", class: "md-button md-button--primary" }, [L.save])]);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var choice = { department: departments.value, role: roles.value, cohort: cohorts.value };
      write(CHOICE, choice);
      keepOffline(program, choice);
      onChosen(choice);
    });
    box.replaceChildren.apply(box, (message ? [el("p", { class: "today__message", role: "alert" }, [message])] : []).concat([form]));
    storageNote(box, program);
    document.documentElement.dataset.todayChosen = "";
  }
  function d_has(select, value) { return Array.prototype.some.call(select.options, function (o) { return o.value === value; }); }

  function showToday(program, box, choice) {
    var L = program.labels, where = locate(program, choice);
    if (!where) { forget(CHOICE); return chooser(program, box, function (c) { showToday(program, box, c); }); }
    var days = program.days, day = where.day, parts, done = doneDays(choice);
    var who = el("p", { class: "today__who" }, [where.department.name + " · " + program.roles[choice.role] +
      (where.department.cohorts.length > 1 ? " · " + where.cohort.name : "")]);
    if (day < 1) {
      parts = [el("h2", { class: "today__day" }, [fill(L.before, { date: dateText(program, localDate(where.cohort.start)) })]),
        el("a", { class: "md-button md-button--primary today__go", href: dayUrl(program, choice, 1) }, [L.preview])];
    } else if (day > days) {
      var wrong = read(WRONG, []).length;
      parts = [el("h2", { class: "today__day" }, [L.after]),
        wrong ? el("a", { class: "md-button md-button--primary today__go", href: url(program.urls.review) }, [fill(L.wrong_review, { count: wrong })])
          : el("p", {}, [L.no_wrong]),
        el("a", { class: "md-button today__go", href: url(program.urls.department, { id: choice.department }) }, [L.review])];
    } else if (done.indexOf(day) >= 0) {
      parts = [el("h2", { class: "today__day" }, [fill(L.day_of, { day: day, days: days })]),
        el("p", { class: "today__done" }, [L.today_done]),
        el("a", { class: "md-button today__go", href: dayUrl(program, choice, day) }, [L.read_today])];
    } else {
      parts = [el("h2", { class: "today__day" }, [fill(L.day_of, { day: day, days: days })]),
        el("a", { class: "md-button md-button--primary today__go", href: dayUrl(program, choice, day) }, [L.read_today])];
    }
    var progress = el("p", { class: "today__progress" },
      [fill(L.progress, { done: done.length, days: days, streak: streak(done, clamp(day, days)) })]);
    var change = el("button", { type: "button", class: "today__change" }, [L.change]);
    change.addEventListener("click", function () {
      chooser(program, box, function (c) { showToday(program, box, c); }, choice);
    });
    box.replaceChildren.apply(box, [who].concat(parts, [progress, change]));
    storageNote(box, program);
    document.documentElement.dataset.todayChosen = "";
  }

  /* iCalendar (RFC 5545) for one role and cohort: 30 all-day events with a 7:30 reminder, each linking to
     its day. Made here from the department's data file rather than as 9 files per department at build time. */
  function icsText(value) { return String(value).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n"); }
  function fold(line) {  /* lines of at most 75 octets, never splitting a character */
    var out = [], current = "", size = 0, encoder = new TextEncoder();
    Array.from(line).forEach(function (ch) {
      var n = encoder.encode(ch).length;
      if (size + n > (out.length ? 74 : 75)) { out.push(current); current = ""; size = 0; }
      current += ch; size += n;
    });
    out.push(current);
    return out.join("\r\n ");
  }
  function ymd(date) {
    return date.getFullYear() + String(date.getMonth() + 1).padStart(2, "0") + String(date.getDate()).padStart(2, "0");
  }
  function calendar(program, data, roleId, cohort) {
    var role = data.roles[roleId], L = program.labels, days = program.days;
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//brand30//training calendar//",
      "X-WR-CALNAME:" + icsText(program.title + ": " + data.name + ", " + role.name)];
    role.days.forEach(function (entry, i) {
      var n = i + 1, date = dateOf(cohort.start, n), next = dateOf(cohort.start, n + 1);
      var titles = entry.lessons.map(function (id) { return program.lessons[id]; }).join(" · ") || L.review_day;
      var link = dayUrl(program, { department: data.id, role: roleId, cohort: cohort.id }, n);
      lines.push("BEGIN:VEVENT", "UID:" + data.id + "-" + roleId + "-" + cohort.id + "-day-" + String(n).padStart(2, "0") + "@brand30",
        "DTSTAMP:" + ymd(localDate(cohort.start)) + "T000000Z", "DTSTART;VALUE=DATE:" + ymd(date),
        "DTEND;VALUE=DATE:" + ymd(next), "SUMMARY:" + icsText(fill(L.day_of, { day: n, days: days }) + ": " + titles),
        "URL:" + link, "DESCRIPTION:" + icsText(link), "BEGIN:VALARM", "ACTION:DISPLAY",
        "DESCRIPTION:" + icsText(fill(L.day_of, { day: n, days: days }) + ": " + titles), "TRIGGER:PT7H30M",
        "END:VALARM", "END:VEVENT");
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }
  function calendarLinks(program, data, box, cohort) {
    var L = program.labels;
    box.querySelectorAll("a.calendar-link").forEach(function (a) {
      if (a.href.indexOf("blob:") === 0) URL.revokeObjectURL(a.href);
      a.remove();
    });
    Object.keys(data.roles).forEach(function (roleId) {
      var link = el("a", { class: "md-button calendar-link", href: "#calendar", "data-role": roleId,
        download: fill(program.urls.calendar, { department: data.id, role: roleId, cohort: cohort.id }) },
        [fill(L.calendar_for, { role: data.roles[roleId].name, cohort: cohort.name })]);
      /* made when asked for: the tap's own default action then downloads it */
      link.addEventListener("click", function () {
        if (link.href.indexOf("blob:") === 0) return;
        link.href = URL.createObjectURL(new Blob([calendar(program, data, roleId, cohort)], { type: "text/calendar" }));
      });
      box.append(link);
    });
  }

  /* On a department page: dates of the reader's cohort (a chooser when there are several), their done
     days and today marked in their role's list, and their role first. */
  function departmentPage(program, meta) {
    var department = program.departments.find(function (d) { return d.id === meta.dataset.department; });
    if (!department) return;
    var choice = read(CHOICE, null), L = program.labels;
    var mine = choice && choice.department === department.id ? choice : null;
    function render(cohort) {
      document.querySelectorAll("ol.days").forEach(function (list) {
        var role = list.dataset.role, done = doneDays({ department: department.id, role: role });
        var current = dayNumber(cohort.start);
        list.querySelectorAll("li[data-day]").forEach(function (item) {
          var day = Number(item.dataset.day), when = item.querySelector(".days__date");
          if (!when) {
            when = el("span", { class: "days__date" });
            item.querySelector(".days__when").prepend(when, " · ");
          }
          when.textContent = dateText(program, dateOf(cohort.start, day));
          item.classList.toggle("days__day--today", day === current);
          if (day === current) item.setAttribute("aria-current", "date"); else item.removeAttribute("aria-current");
          item.classList.toggle("days__day--done", done.indexOf(day) >= 0);
          item.querySelectorAll("a.days__n").forEach(function (a) {
            var link = new URL(a.href);
            link.searchParams.set("c", cohort.id);
            a.href = link.href;
          });
        });
      });
    }
    var cohort = cohortOf(department.cohorts, mine && mine.cohort, program.days);
    var select = document.getElementById("department-cohort");  /* in the page: nothing moves when it is set */
    if (select) {
      select.value = cohort.id;
      select.addEventListener("change", function () {
        var chosen = cohortOf(department.cohorts, select.value, program.days);
        if (mine) { mine.cohort = chosen.id; write(CHOICE, mine); }
        render(chosen);
        showCalendars(chosen);
      });
    }
    render(cohort);
    var calendars = document.querySelector(".calendars[data-department]");
    var data = calendars ? getJSON(fill(program.urls.data, { id: department.id })) : null;
    function showCalendars(chosen) {
      if (data) data.then(function (d) { calendarLinks(program, d, calendars, chosen); });
    }
    showCalendars(cohort);
    if (mine) {
      var done = doneDays(mine), current = clamp(dayNumber(cohort.start), program.days);
      meta.after(el("p", { class: "today__progress" }, [program.roles[mine.role] + " · " +
        fill(L.progress, { done: done.length, days: program.days, streak: streak(done, current) })]));
      var heading = document.getElementById(mine.role), list = document.querySelector('ol.days[data-role="' + mine.role + '"]');
      var first = document.querySelector("h2[id]");
      if (heading && list && first && first !== heading) { first.before(heading, list); }
    }
  }

  /* Ask the offline worker to keep these addresses; marks <html data-offline-ready> once they are kept. */
  function keepAddresses(urls) {
    if (!("serviceWorker" in navigator) || !urls.length) return;
    navigator.serviceWorker.ready.then(function (registration) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function () { document.documentElement.dataset.offlineReady = "1"; };
      registration.active.postMessage({ cache: urls }, [channel.port2]);
    });
  }
  /* Today's and tomorrow's reading: the day view, the department's data and the pages it is made of. */
  function keepOffline(program, choice) {
    var where = locate(program, choice);
    if (!where) return;
    getJSON(fill(program.urls.data, { id: choice.department })).then(function (data) {
      var role = data.roles[choice.role], day = clamp(where.day, program.days), urls = [
        url(program.urls.day), url(program.urls.today), url(program.urls.data, { id: choice.department })];
      [day, day + 1].forEach(function (n) {
        var entry = role.days[n - 1];
        if (!entry) return;
        urls.push(dayUrl(program, choice, n));
        entry.lessons.concat((entry.review || []).map(lessonOfQuiz)).forEach(function (id) {
          urls.push(url(program.urls.lesson, { id: id }));
        });
        if (entry.tip) urls.push(url(program.urls.etiquette));
        if (entry.question) urls.push(url(program.urls.questions));
      });
      keepAddresses(urls.filter(function (u, i) { return urls.indexOf(u) === i; }));
    }).catch(function () {});
  }

  /* Questions answered wrongly, kept on this phone for the review after day 30; a right answer clears one. */
  document.addEventListener("brand30:answer", function (event) {
    var wrong = read(WRONG, []).filter(function (q) { return q !== event.detail.quiz; });
    if (!event.detail.right) wrong.push(event.detail.quiz);
    write(WRONG, wrong);
  });
  function lessonOfQuiz(quiz) { return quiz.replace(/-q\d+$/, ""); }

  var program = null;
  function loadProgram() {
    if (!program) program = getJSON("program.json");
    return program;
  }

  window.brand30 = {
    root: root, read: read, write: write, forget: forget, fill: fill, el: el, url: url, getJSON: getJSON,
    loadProgram: loadProgram, locate: locate, chooser: chooser, dayNumber: dayNumber, dateOf: dateOf,
    dateText: dateText, localDate: localDate, cohortOf: cohortOf, defaultCohort: defaultCohort, clamp: clamp,
    isDone: isDone, setDone: setDone, keepOffline: keepOffline, storageNote: storageNote, CHOICE: CHOICE,
    wrong: function () { return read(WRONG, []); }, lessonOfQuiz: lessonOfQuiz,
    persistent: function () { return persistent; }
  };

  if ("serviceWorker" in navigator) navigator.serviceWorker.register(new URL("sw.js", root));

  var box = document.getElementById("today");
  var meta = document.querySelector(".department-meta[data-department]");
  if (box || meta) {
    loadProgram().then(function (p) {
      if (box) {
        var choice = read(CHOICE, null);
        if (choice) showToday(p, box, choice);
        else chooser(p, box, function (c) { showToday(p, box, c); });
      }
      if (meta) departmentPage(p, meta);
      var stored = read(CHOICE, null);
      if (stored) keepOffline(p, stored);
    });
  }
})();
