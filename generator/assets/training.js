/* Self-check quizzes: feedback only after the reader answers. Works by touch, mouse and keyboard;
   the verdict is announced through the feedback's role="status". */
(function () {
  function setUpQuiz(form) {
    // The status region stays in the page, empty, so that filling it is announced.
    var feedback = form.querySelector(".quiz__feedback");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = form.querySelector("input[type=radio]:checked");
      if (!chosen) return;
      var right = chosen.value === form.dataset.answer;
      form.classList.toggle("quiz--right", right);
      form.classList.toggle("quiz--wrong", !right);
      form.querySelectorAll(".quiz__option").forEach(function (label) {
        var input = label.querySelector("input");
        label.classList.toggle("quiz__option--answer", input.value === form.dataset.answer);
      });
      var verdict = document.createElement("strong");
      verdict.className = "quiz__verdict";
      verdict.textContent = right ? form.dataset.right : form.dataset.wrong;
      /* the feedback written for the option chosen: why it works, or what goes wrong */
      var why = form.querySelector('.quiz__why[data-option="' + chosen.value + '"]');
      feedback.replaceChildren(verdict, " ");
      if (why) feedback.append(why.content.cloneNode(true));
      document.dispatchEvent(new CustomEvent("brand30:answer", { detail: { quiz: form.dataset.quiz, right: right } }));
    });
  }
  /* Quizzes in `root`; the day view calls it for the lessons it puts in the page. */
  function init(root) {
    (root && root.querySelectorAll ? root : document).querySelectorAll("form.quiz:not([data-ready])").forEach(function (form) {
      form.dataset.ready = "";
      setUpQuiz(form);
    });
  }
  window.brand30Quiz = init;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
