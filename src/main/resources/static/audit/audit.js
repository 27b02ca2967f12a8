(() => {
  'use strict';
  const $ = id => document.getElementById(id);
  let auth = null;
  let page = 0;
  const size = 50;

  function header(user, password) {
    const bytes = new TextEncoder().encode(user + ':' + password);
    return 'Basic ' + btoa(String.fromCharCode(...bytes));
  }

  async function call(path) {
    const response = await fetch(path, { headers: { Authorization: auth, Accept: 'application/json' } });
    if (response.status === 401) { throw new Error('用户名或密码错误'); }
    if (!response.ok) {
      let detail = '请求失败（' + response.status + '）';
      try { detail = (await response.json()).detail || detail; } catch (e) { /* not JSON */ }
      throw new Error(detail);
    }
    return response;
  }

  function params() {
    const q = new URLSearchParams();
    for (const id of ['from', 'to', 'user', 'type', 'object']) {
      if ($(id).value.trim()) { q.set(id, $(id).value.trim()); }
    }
    return q;
  }

  function cell(row, text, cls) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : text;
    if (cls) { td.className = cls; }
    row.appendChild(td);
  }

  async function search() {
    const q = params();
    q.set('page', page);
    q.set('size', size);
    $('message').textContent = '';
    try {
      const result = await (await call('/api/audit?' + q)).json();
      const rows = $('rows');
      rows.replaceChildren();
      for (const r of result.records) {
        const tr = document.createElement('tr');
        cell(tr, r.id);
        cell(tr, r.occurredAt.replace('T', ' ').substring(0, 19));
        cell(tr, r.userId);
        cell(tr, r.eventTypeLabel);
        cell(tr, r.object);
        cell(tr, r.success ? '成功' : '失败', r.success ? 'ok' : 'fail');
        cell(tr, r.source);
        cell(tr, r.detail, 'detail');
        rows.appendChild(tr);
      }
      const pages = Math.max(1, Math.ceil(result.total / size));
      $('pageinfo').textContent = ' 第 ' + (page + 1) + ' / ' + pages + ' 页，共 ' + result.total + ' 条 ';
      $('prev').disabled = page === 0;
      $('next').disabled = page + 1 >= pages;
    } catch (e) {
      $('message').textContent = e.message;
      $('message').className = 'error';
    }
  }

  $('login').addEventListener('submit', async event => {
    event.preventDefault();
    auth = header($('username').value.trim(), $('password').value);
    try {
      const types = await (await call('/api/audit/types')).json();
      const select = $('type');
      for (const t of types) {
        const option = document.createElement('option');
        option.value = t.code;
        option.textContent = t.label;
        select.appendChild(option);
      }
      $('password').value = '';
      $('login').hidden = true;
      $('trail').hidden = false;
      $('who').textContent = $('username').value.trim();
      search();
    } catch (e) {
      auth = null;
      $('login-message').textContent = e.message;
      $('login-message').hidden = false;
    }
  });

  $('filter').addEventListener('submit', event => { event.preventDefault(); page = 0; search(); });
  $('prev').addEventListener('click', () => { page = Math.max(0, page - 1); search(); });
  $('next').addEventListener('click', () => { page += 1; search(); });
  $('logout').addEventListener('click', () => { auth = null; location.reload(); });

  $('export').addEventListener('click', async () => {
    try {
      const blob = await (await call('/api/audit/export?' + params())).blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = '审计记录.csv';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    } catch (e) {
      $('message').textContent = e.message;
      $('message').className = 'error';
    }
  });

  $('verify').addEventListener('click', async () => {
    try {
      const check = await (await call('/api/audit/verify')).json();
      $('message').textContent = check.summary;
      $('message').className = check.intact ? 'ok' : 'fail';
    } catch (e) {
      $('message').textContent = e.message;
      $('message').className = 'error';
    }
  });
})();
