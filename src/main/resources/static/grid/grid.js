(() => {
  'use strict';
  const $ = id => document.getElementById(id);
  let me = null;

  async function call(path, options = {}) {
    // From the origin, never from the page's address: opened as https://user:pass@host/grid/ it holds credentials.
    const response = await fetch(location.origin + path, Object.assign({ credentials: 'same-origin' }, options, {
      headers: Object.assign({ Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, options.headers || {})
    }));
    if (!response.ok) {
      let detail = '请求失败（' + response.status + '）';
      try { detail = (await response.json()).detail || detail; } catch (e) { /* not JSON */ }
      throw new Error(detail);
    }
    return response.json();
  }

  function option(select, value, text) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    select.appendChild(o);
  }

  function disposition() {
    return document.querySelector('input[name="disposition"]:checked').value;
  }

  function showDisposition() {
    const handOver = disposition() === 'HANDED_OVER';
    $('onSpot').classList.toggle('hidden', handOver);
    $('handOver').classList.toggle('hidden', !handOver);
    $('submit').textContent = handOver ? '提交中心处理' : '记录就地化解';
  }

  async function recent() {
    const list = $('recent');
    const reports = await call('/api/grid/reports');
    list.textContent = '';
    if (reports.length === 0) {
      const li = document.createElement('li');
      li.className = 'muted';
      li.textContent = '暂无';
      list.appendChild(li);
    }
    for (const r of reports.slice(0, 10)) {
      const li = document.createElement('li');
      const when = new Date(r.reportedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' });
      li.textContent = when + ' ' + r.matterType + '：' + r.dispositionLabel + (r.caseNo ? '（案件 ' + r.caseNo + '）' : '');
      list.appendChild(li);
    }
  }

  async function start() {
    me = await call('/api/grid/me');
    $('who').textContent = me.name + ' · ' + (me.post || '网格员') + ' · ' + (me.villageName || me.townshipName || '');
    $('maxPhotos').textContent = me.maxPhotos;
    $('maxSize').textContent = me.maxPhotoSize;
    for (const type of me.matterTypes) { option($('matterType'), type, type); }
    option($('villageCode'), me.villageCode || '', me.villageName || me.townshipName || '本乡镇');
    await recent();
  }

  $('photos').addEventListener('change', () => {
    const previews = $('previews');
    previews.textContent = '';
    for (const file of $('photos').files) {
      if (file.type.startsWith('image/')) {
        const img = document.createElement('img');
        img.src = URL.createObjectURL(file);
        img.alt = file.name;
        previews.appendChild(img);
      }
    }
  });
  for (const radio of document.querySelectorAll('input[name="disposition"]')) {
    radio.addEventListener('change', showDisposition);
  }

  $('report').addEventListener('submit', async event => {
    event.preventDefault();
    const result = $('result');
    result.className = '';
    result.textContent = '';
    const report = {
      disposition: disposition(),
      matterType: $('matterType').value,
      townshipCode: me.townshipCode,
      villageCode: $('villageCode').value || null,
      address: $('address').value,
      summary: $('summary').value,
      peopleInvolved: Number($('peopleInvolved').value)
    };
    if (report.disposition === 'HANDED_OVER') {
      report.reporter = { name: $('reporterName').value, phone: $('reporterPhone').value };
    } else {
      report.resolution = $('resolution').value;
    }
    const form = new FormData();
    form.append('report', JSON.stringify(report));
    for (const file of $('photos').files) { form.append('photos', file, file.name); }
    $('submit').disabled = true;
    try {
      const recorded = await call('/api/grid/reports', { method: 'POST', body: form });
      result.className = 'message ok';
      result.textContent = recorded.caseNo
        ? '已提交中心，案件编号 ' + recorded.caseNo + '。'
        : '已记录为就地化解（排查 #' + recorded.id + '）。';
      $('report').reset();
      $('previews').textContent = '';
      showDisposition();
      await recent();
    } catch (e) {
      result.className = 'message error';
      result.textContent = e.message;
    } finally {
      $('submit').disabled = false;
    }
  });

  showDisposition();
  start().catch(e => { $('who').textContent = e.message; });
})();
