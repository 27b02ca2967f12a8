(function () {
  var form = document.getElementById('lookup');
  var button = document.getElementById('submit');
  var message = document.getElementById('message');
  var result = document.getElementById('result');

  var params = new URLSearchParams(location.search);
  if (params.get('caseNo')) { document.getElementById('caseNo').value = params.get('caseNo'); }

  function show(id, text) { document.getElementById(id).textContent = text == null ? '' : text; }
  function date(iso) {
    if (!iso) { return ''; }
    var p = iso.split('-');
    return p[0] + '年' + Number(p[1]) + '月' + Number(p[2]) + '日';
  }
  function fail(text) { result.hidden = true; message.textContent = text; message.hidden = false; }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var caseNo = document.getElementById('caseNo').value.trim();
    var phone = document.getElementById('phone').value.trim();
    if (!caseNo || !phone) { fail('请填写案件编号和手机号码'); return; }
    message.hidden = true;
    button.disabled = true;
    fetch('/api/public/cases/' + encodeURIComponent(caseNo) + '?phone=' + encodeURIComponent(phone),
          { headers: { 'Accept': 'application/json' }, credentials: 'omit', cache: 'no-store' })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) { fail(body.detail || '查询失败，请稍后再试'); return; }
          show('step', body.step);
          show('r-caseNo', body.caseNo);
          show('r-name', body.reporterName);
          show('r-phone', body.reporterPhone);
          show('r-matter', body.matterType);
          show('r-accepted', date(body.acceptedDate));
          var closed = !!body.closedDate;
          document.getElementById('r-closed-label').hidden = !closed;
          document.getElementById('r-closed').hidden = !closed;
          show('r-closed', date(body.closedDate));
          var lines = document.getElementById('r-result-lines');
          lines.textContent = '';
          (body.result || []).forEach(function (line) {
            var li = document.createElement('li');
            li.textContent = line;
            lines.appendChild(li);
          });
          document.getElementById('r-result').hidden = !(body.result && body.result.length);
          result.hidden = false;
        });
      })
      .catch(function () { fail('网络异常，请稍后再试'); })
      .then(function () { button.disabled = false; });
  });
})();
