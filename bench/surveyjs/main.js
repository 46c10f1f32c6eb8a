// Renders the survey from questions.json (made by bench/export-questions.mjs).
window.rcSurveyJson.then((json) => {
  const survey = new Survey.Model(json);
  survey.render(document.getElementById('surveyjs'));
});
