/* Self-check quizzes: feedback only after the reader answers. Works by touch, mouse and keyboard;
   the verdict is announced through the feedback's role="status". */
(function () {
  function setUpQuiz(form) {
    var feedback = form.querySelector(".quiz__feedback");
    var verdict = form.querySelector(".quiz__verdict");
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
      verdict.textContent = right ? form.dataset.right : form.dataset.wrong;
      feedback.hidden = false;
    });
  }
  function init() { document.querySelectorAll("form.quiz").forEach(setUpQuiz); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
