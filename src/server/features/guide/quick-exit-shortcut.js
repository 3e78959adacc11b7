/* global document, window */
// The guide's only script, and only a shortcut: the quick exit is a plain link
// that works without it. With it, the exit replaces this page in the history
// (Back does not return to it), and Shift pressed three times leaves too, as
// in the app.
(function () {
  var link = document.querySelector('[data-quick-exit]');
  if (!link) return;
  var target = link.getAttribute('href');
  function leave(event) {
    if (event) event.preventDefault();
    document.body.replaceChildren();
    document.title = '';
    window.location.replace(target);
  }
  link.addEventListener('click', leave);
  var presses = [];
  window.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift' || event.repeat) {
      if (event.key !== 'Shift') presses = [];
      return;
    }
    var now = event.timeStamp;
    presses = presses.filter(function (at) {
      return now - at < 1500;
    });
    presses.push(now);
    if (presses.length >= 3) leave();
  });
})();
