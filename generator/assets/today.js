/* Today's lesson: the reader chooses department and role once (kept on this device), then the home
   page shows "Day N of 30" for their cohort, and day pages can be marked done. Nothing leaves the
   browser: the choice and the days done live in localStorage. */
(function () {
  var CHOICE = "brand30.choice", DONE = "brand30.done";
  var config = JSON.parse(document.getElementById("__config").textContent);
  var root = new URL(config.base.replace(/\/?$/, "/"), location.href);

  function read(key, fallback) {
    try { return JSON.parse(localStorage.getItem(key)) || fallback; } catch (e) { return fallback; }
  }
  function write(key, value) { localStorage.setItem(key, JSON.stringify(value)); }
  function fill(text, values) { return text.replace(/\{(\w+)\}/g, function (_, k) { return values[k]; }); }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.append(c); });
    return node;
  }

  /* Whole days between two local dates, so the day turns at local midnight. */
  function dayNumber(start, today) {
    var s = new Date(start + "T00:00:00");
    var t = new Date(today.getFullYear(), today.getMonth(), today.getDate());
    return Math.round((t - s) / 86400000) + 1;
  }
  function dayUrl(program, choice, day) {
    return new URL(fill(program.dayUrl, { department: choice.department, role: choice.role,
      day: String(day).padStart(2, "0") }), root).href;
  }
  function doneDays(choice) {
    var prefix = choice.department + "/" + choice.role + "/";
    return read(DONE, []).filter(function (k) { return k.indexOf(prefix) === 0; })
      .map(function (k) { return Number(k.slice(prefix.length)); });
  }
  function streak(done, upTo) {
    var set = new Set(done), day = set.has(upTo) ? upTo : upTo - 1, count = 0;
    while (day >= 1 && set.has(day)) { count++; day--; }
    return count;
  }
  /* Where today is: {day, department, cohort} for a stored or given choice; null if unknown. */
  function locate(program, choice) {
    var department = program.departments.find(function (d) { return d.id === choice.department; });
    if (!department || department.roles.indexOf(choice.role) < 0) return null;
    var cohort = department.cohorts.find(function (c) { return c.id === choice.cohort; }) || department.cohorts[0];
    return { department: department, cohort: cohort, day: dayNumber(cohort.start, new Date()) };
  }

  function chooser(program, box, onChosen, preselect) {
    var L = program.labels;
    var departments = el("select", { id: "today-department", name: "department" },
      program.departments.map(function (d) { return el("option", { value: d.id }, [d.name]); }));
    var roles = el("select", { id: "today-role", name: "role" });
    var cohorts = el("select", { id: "today-cohort", name: "cohort" });
    var cohortField = el("p", {}, [el("label", { for: "today-cohort" }, [L.cohort]), cohorts]);
    function refresh() {
      var d = program.departments.find(function (x) { return x.id === departments.value; });
      roles.replaceChildren.apply(roles, d.roles.map(function (r) { return el("option", { value: r }, [program.roles[r]]); }));
      cohorts.replaceChildren.apply(cohorts, d.cohorts.map(function (c) { return el("option", { value: c.id }, [c.name]); }));
      cohortField.hidden = d.cohorts.length < 2;
    }
    departments.addEventListener("change", refresh);
    if (preselect) departments.value = preselect;
    refresh();
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
      keepOffline(todayAndTomorrow(program, choice));
      onChosen(choice);
    });
    box.replaceChildren(form);
  }

  function showToday(program, box, choice) {
    var L = program.labels, where = locate(program, choice);
    if (!where) { localStorage.removeItem(CHOICE); return chooser(program, box, function (c) { showToday(program, box, c); }); }
    var days = program.days, day = where.day, parts = [];
    var heading = el("p", { class: "today__who" }, [where.department.name + " · " + program.roles[choice.role]]);
    if (day < 1) {
      var date = new Date(where.cohort.start + "T00:00:00").toLocaleDateString(document.documentElement.lang);
      parts = [el("h2", { class: "today__day" }, [fill(L.before, { date: date })]),
        el("a", { class: "md-button md-button--primary", href: dayUrl(program, choice, 1) }, [L.preview])];
    } else if (day > days) {
      parts = [el("h2", { class: "today__day" }, [L.after]),
        el("a", { class: "md-button md-button--primary", href: new URL(where.department.url, root).href }, [L.review])];
    } else {
      parts = [el("h2", { class: "today__day" }, [fill(L.day_of, { day: day, days: days })]),
        el("a", { class: "md-button md-button--primary today__go", href: dayUrl(program, choice, day) }, [L.read_today])];
    }
    var done = doneDays(choice);
    var progress = el("p", { class: "today__progress" },
      [fill(L.progress, { done: done.length, days: days, streak: streak(done, Math.min(Math.max(day, 0), days)) })]);
    var change = el("button", { type: "button", class: "today__change" }, [L.change]);
    change.addEventListener("click", function () {
      chooser(program, box, function (c) { showToday(program, box, c); });
    });
    box.replaceChildren.apply(box, [heading].concat(parts, [progress, change]));
  }

  function markDone(program, meta) {
    var key = meta.dataset.department + "/" + meta.dataset.role + "/" + meta.dataset.day, L = program.labels;
    var button = el("button", { type: "button", class: "md-button day-done", "aria-pressed": "false" });
    function render() {
      var done = read(DONE, []).indexOf(key) >= 0;
      button.textContent = done ? L.done : L.mark_done;
      button.setAttribute("aria-pressed", String(done));
      button.classList.toggle("md-button--primary", !done);
    }
    button.addEventListener("click", function () {
      var done = read(DONE, []), at = done.indexOf(key);
      if (at >= 0) done.splice(at, 1); else done.push(key);
      write(DONE, done);
      render();
    });
    render();
    var nav = document.querySelector(".day-nav");
    nav.parentNode.insertBefore(button, nav);
  }

  /* On the reader's own department page: their progress, and their done days and today marked in
     their role's table. */
  function departmentProgress(program, meta) {
    var choice = read(CHOICE, null), L = program.labels;
    if (!choice || choice.department !== meta.dataset.department) return;
    var where = locate(program, choice);
    if (!where) return;
    var done = doneDays(choice), today = Math.min(Math.max(where.day, 0), program.days);
    meta.after(el("p", { class: "today__progress" }, [program.roles[choice.role] + " · " +
      fill(L.progress, { done: done.length, days: program.days, streak: streak(done, today) })]));
    var node = document.getElementById(choice.role);
    while (node && !(node.matches("table") || node.querySelector("table"))) node = node.nextElementSibling;
    if (!node) return;
    var table = node.matches("table") ? node : node.querySelector("table");
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var day = Number(row.cells[0].textContent.trim());
      if (done.indexOf(day) >= 0) {
        row.classList.add("day--done");
        row.cells[0].append(el("span", { class: "day-done-mark", role: "img", "aria-label": L.done }, [" ✓"]));
      }
      if (day === where.day) { row.classList.add("day--today"); row.setAttribute("aria-current", "date"); }
    });
  }

  /* Ask the offline worker to keep these pages; marks <html data-offline-ready> once they are kept. */
  function keepOffline(urls) {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.ready.then(function (registration) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function () { document.documentElement.dataset.offlineReady = "1"; };
      registration.active.postMessage({ cache: urls }, [channel.port2]);
    });
  }
  function todayAndTomorrow(program, choice) {
    var where = locate(program, choice);
    if (!where) return [];
    var day = Math.min(Math.max(where.day, 1), program.days);
    return [dayUrl(program, choice, day)].concat(day < program.days ? [dayUrl(program, choice, day + 1)] : []);
  }

  function start(program) {
    var box = document.getElementById("today");
    if (box) {
      var choice = read(CHOICE, null);
      if (choice) showToday(program, box, choice);
      else chooser(program, box, function (c) { showToday(program, box, c); });
    }
    var redirect = document.getElementById("today-redirect");
    if (redirect) {
      var params = new URLSearchParams(location.search), stored = read(CHOICE, null), given = stored;
      if (params.get("d") && params.get("r")) {
        given = { department: params.get("d"), role: params.get("r"), cohort: params.get("c") };
      } else if (params.get("d")) {  /* a department's QR code: its role is asked once on this phone */
        given = stored && stored.department === params.get("d") ? stored : null;
      }
      var where = given && locate(program, given);
      if (where) {
        if (params.get("r")) write(CHOICE, given);
        var day = Math.min(Math.max(where.day, 1), program.days);
        location.replace(dayUrl(program, given, day));
      } else {
        chooser(program, redirect, function (c) {
          location.replace(dayUrl(program, c, Math.min(Math.max(locate(program, c).day, 1), program.days)));
        }, params.get("d"));
      }
    }
    var meta = document.querySelector(".day-meta[data-day]");
    if (meta) markDone(program, meta);
    var department = document.querySelector(".department-meta[data-department]");
    if (department) departmentProgress(program, department);
    var choice = read(CHOICE, null);
    if (choice) keepOffline(todayAndTomorrow(program, choice));
  }

  if ("serviceWorker" in navigator) navigator.serviceWorker.register(new URL("sw.js", root));

  if (document.getElementById("today") || document.getElementById("today-redirect") ||
      document.querySelector(".day-meta[data-day], .department-meta[data-department]")) {
    fetch(new URL("program.json", root)).then(function (r) { return r.json(); }).then(start);
  }
})();
