// Sends the CSRF token with every htmx request, and submits selects marked to auto-submit
// (kept here because the Content-Security-Policy forbids inline scripts).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('change', function (event) {
  if (event.target.classList && event.target.classList.contains('app-autosubmit')) {
    event.target.form.submit();
  }
});
document.addEventListener('click', function (event) {
  var toggle = event.target.closest && event.target.closest('.app-tree-toggle');
  if (toggle) {
    toggle.textContent = toggle.textContent === '▸' ? '▾' : '▸';
    var children = toggle.closest('li').querySelector('.app-tree-children');
    if (children && toggle.textContent === '▸') {
      children.hidden = true;
    } else if (children) {
      children.hidden = false;
    }
  }
});
// A file input with data-max-bytes refuses an over-large file before it is uploaded (every file of a multiple
// input), and one with data-max-files also too many files.
document.addEventListener('change', function (event) {
  var input = event.target;
  if (input.type === 'file' && input.dataset && input.dataset.maxBytes) {
    var max = Number(input.dataset.maxBytes);
    var tooLarge = Array.prototype.some.call(input.files, function (file) { return file.size > max; });
    var tooMany = input.dataset.maxFiles !== undefined && input.files.length > Number(input.dataset.maxFiles);
    input.setCustomValidity(tooLarge || tooMany ? input.dataset.tooLarge : '');
    if (tooLarge || tooMany) {
      input.reportValidity();
    }
  }
});
