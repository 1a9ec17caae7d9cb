// Saves an answer a moment after the writer stops typing, through the same API as any
// client, with the version read; on a conflict it stops and lets the plain form show
// both versions. Without JavaScript the forms post as they are.
(function () {
  'use strict';
  function xsrf() {
    var match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : '';
  }
  function valueOf(form) {
    if (form.dataset.kind === 'STATUS') {
      var checked = form.querySelector('input[name=value]:checked');
      return checked ? checked.value : '';
    }
    if (form.dataset.kind === 'NEEDS_TYPES') {
      return Array.prototype.map.call(form.querySelectorAll('input[name=types]:checked'), function (box) {
        return box.value;
      }).join(',');
    }
    return form.querySelector('textarea').value;
  }
  var texts = document.getElementById('autosave-texts').dataset;
  function apiOf(form) {
    var path = new URL(form.action, window.location.href).pathname;
    return path.replace(/^(.*?)\/reviews\//, '$1/api/reviews/');
  }
  function save(form) {
    var status = form.querySelector('.autosave-status');
    var version = form.querySelector('input[name=version]');
    var body = { value: valueOf(form) };
    if (version.value) {
      body.version = Number(version.value);
    }
    if (form.dataset.conflict === 'true') {
      return;
    }
    fetch(apiOf(form), {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrf() },
      body: JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) {
        return response.json().then(function (question) {
          if (question.answer) {
            version.value = question.answer.version;
          }
          status.textContent = texts.saved;
        });
      }
      if (response.status === 409) {
        form.dataset.conflict = 'true';
        status.textContent = texts.conflict;
        return;
      }
      status.textContent = texts.failed;
    }).catch(function () {
      status.textContent = texts.failed;
    });
  }
  document.querySelectorAll('form.answer-form').forEach(function (form) {
    var timer = null;
    function later() {
      clearTimeout(timer);
      timer = setTimeout(function () { save(form); }, 1200);
    }
    form.addEventListener('input', later);
    form.addEventListener('change', later);
  });
}());
