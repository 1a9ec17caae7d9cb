// Polls a document generation's status while the page is open and shows the download
// once the file is ready (without JavaScript, the page refreshes itself instead).
(function () {
  var box = document.getElementById('generation');
  if (!box || !window.fetch) {
    return;
  }
  var statusUrl = box.getAttribute('data-status');
  function poll() {
    fetch(statusUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (status && (status.state === 'READY' || status.state === 'FAILED')) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();
