/* Self-check quizzes: feedback only after the reader answers. Works by touch, mouse and keyboard;
   the verdict is announced through the feedback's role="status". */
(function () {
  function setUpQuiz(form) {
    // The status region stays in the page, empty, so that filling it is announced.
    var feedback = form.querySelector(".quiz__feedback");
    var explanation = form.querySelector(".quiz__explanation").content.textContent;
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
      feedback.replaceChildren(verdict, " " + explanation);
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
