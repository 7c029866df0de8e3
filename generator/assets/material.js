/* Material's own script (its bundle: 35 KB gzipped, most of a page's script time on a phone) runs only on
   screens wide enough for the sidebars, where it sizes them and follows the table of contents. A phone
   gets here the parts of it a reader meets: the header shows the page's title once the heading has
   scrolled away, a back-to-top button appears when scrolling up, the menu closes after a tap on a link
   to a heading of the same page, and folded parts unfold for printing. The gain is measured by
   tests/benchmarks/run.py (README, "Benchmarks"). */
(function () {
  var bundle = document.currentScript.dataset.bundle;
  var wide = matchMedia("(min-width: 60em)");
  var phone = null;

  function loadBundle() {
    if (phone) phone.stop();
    var script = document.createElement("script");
    script.src = bundle;
    /* The bundle mounts its components on DOMContentLoaded, which has already passed. */
    script.onload = function () { document.dispatchEvent(new Event("DOMContentLoaded")); };
    document.body.append(script);
  }

  function phoneParts() {
    var title = document.querySelector("[data-md-component=header-title]");
    var heading = document.querySelector(".md-content h1");
    var top = document.querySelector("[data-md-component=top]");
    var drawer = document.getElementById("__drawer");
    var observer = null, lastY = scrollY;

    if (title && heading && "IntersectionObserver" in window) {
      observer = new IntersectionObserver(function (entries) {
        var entry = entries[entries.length - 1];
        title.classList.toggle("md-header__title--active", !entry.isIntersecting && entry.boundingClientRect.top < 0);
      });
      observer.observe(heading);
    }
    function onScroll() {
      var y = scrollY;
      if (top) top.hidden = !(y < lastY && y > innerHeight / 2);
      lastY = y;
    }
    function onTopClick() {
      top.hidden = true;
      top.blur();
      scrollTo({ top: 0 });
    }
    function onDrawerClick(event) {
      var link = event.target.closest(".md-sidebar--primary a[href]");
      if (drawer && link && link.hash && link.pathname === location.pathname) drawer.checked = false;
    }
    function onBeforePrint() {
      document.querySelectorAll("details:not([open])").forEach(function (details) { details.open = true; });
    }
    function onKey(event) {
      if (event.key === "Escape" && drawer && drawer.checked) drawer.checked = false;
    }
    addEventListener("scroll", onScroll, { passive: true });
    if (top) top.addEventListener("click", onTopClick);
    document.addEventListener("click", onDrawerClick);
    document.addEventListener("keydown", onKey);
    addEventListener("beforeprint", onBeforePrint);
    return {
      stop: function () {
        if (observer) observer.disconnect();
        removeEventListener("scroll", onScroll);
        if (top) top.removeEventListener("click", onTopClick);
        document.removeEventListener("click", onDrawerClick);
        document.removeEventListener("keydown", onKey);
        removeEventListener("beforeprint", onBeforePrint);
      }
    };
  }

  if (wide.matches) {
    loadBundle();
  } else {
    phone = phoneParts();
    wide.addEventListener("change", function load(event) {
      if (!event.matches) return;
      wide.removeEventListener("change", load);
      loadBundle();
    });
  }
})();
