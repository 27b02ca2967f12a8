(() => {
  'use strict';
  const $ = id => document.getElementById(id);
  let auth = null;
  // The drawn charts, by element id; the browser test looks them up through echarts.getInstanceByDom.
  const charts = {};
  const KIND = { REMINDER: '工作提示函', SUPERVISION: '督办函', LEADER_REMINDER: '工作提醒函' };

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
    return response.json();
  }

  function percent(v) { return v == null ? '—' : v.toFixed(2) + '%'; }

  function draw(id, option) {
    const el = $(id);
    const chart = charts[id] || echarts.init(el, null, { renderer: 'canvas' });
    charts[id] = chart;
    chart.setOption(Object.assign({ animation: false, tooltip: { trigger: 'axis' }, grid: { left: 8, right: 40, top: 36, bottom: 8, containLabel: true } }, option), true);
  }

  function bars(id, names, values, name, horizontal, color) {
    const category = { type: 'category', data: names, axisLabel: { interval: 0 } };
    const value = { type: 'value', minInterval: 1 };
    draw(id, {
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? Object.assign(category, { inverse: true }) : value,
      series: [{ type: 'bar', name: name, data: values, itemStyle: { color: color }, label: { show: true, position: horizontal ? 'right' : 'top' } }]
    });
  }

  function kpis(total) {
    const items = [
      ['受理数', total.accepted], ['办结数', total.closed], ['办结率', percent(total.closureRate)],
      ['调解成功率', percent(total.mediationSuccessRate)], ['满意率', percent(total.satisfactionRate)],
      ['逾期率', percent(total.overdueRate)],
      ['万人成讼率', total.courtCasesPer10k == null ? '—' : total.courtCasesPer10k.toFixed(2)]
    ];
    $('kpis').replaceChildren(...items.map(([name, value]) => {
      const div = document.createElement('div');
      div.className = 'kpi';
      const n = document.createElement('div'); n.className = 'name'; n.textContent = name;
      const v = document.createElement('div'); v.className = 'value'; v.textContent = value;
      div.append(n, v);
      return div;
    }));
  }

  function render(view) {
    $('scope').textContent = view.scope + ' · ' + view.from + ' 至 ' + view.to;
    kpis(view.total);
    draw('chart-trend', {
      legend: { data: ['受理', '办结', '办结率'] },
      xAxis: { type: 'category', data: view.byMonth.map(r => r.key) },
      yAxis: [{ type: 'value', name: '件', minInterval: 1 }, { type: 'value', name: '%', max: 100 }],
      series: [
        { type: 'bar', name: '受理', data: view.byMonth.map(r => r.accepted), itemStyle: { color: '#1565c0' } },
        { type: 'bar', name: '办结', data: view.byMonth.map(r => r.closed), itemStyle: { color: '#2e7d32' } },
        { type: 'line', name: '办结率', yAxisIndex: 1, data: view.byMonth.map(r => r.closureRate), itemStyle: { color: '#b71c1c' } }
      ]
    });
    bars('chart-type', view.byType.map(r => r.label), view.byType.map(r => r.accepted), '受理', true, '#1565c0');
    bars('chart-township', view.byTownship.map(r => r.label), view.byTownship.map(r => r.accepted), '受理', true, '#6a1b9a');
    const late = view.byUnit.filter(r => r.overdue > 0);
    bars('chart-overdue', late.map(r => r.label), late.map(r => r.overdue), '逾期', true, '#e65100');
    bars('chart-places', view.repeatPlaces.map(p => p.name), view.repeatPlaces.map(p => p.count), '件数', true, '#00838f');
    const rungs = [...new Set(view.lettersByRung.map(r => r.rung))].sort((a, b) => a - b);
    const kinds = [...new Set(view.lettersByRung.map(r => r.kind))];
    draw('chart-letters', {
      legend: { data: kinds.map(k => KIND[k] || k) },
      xAxis: { type: 'category', data: rungs.map(r => '第' + (r + 1) + '级') },
      yAxis: { type: 'value', minInterval: 1 },
      series: kinds.map(k => ({
        type: 'bar', stack: 'letters', name: KIND[k] || k,
        data: rungs.map(r => (view.lettersByRung.find(x => x.kind === k && x.rung === r) || { count: 0 }).count)
      }))
    });
    $('people').replaceChildren(...view.repeatPeople.map(p => {
      const tr = document.createElement('tr');
      for (const text of [p.maskedName, p.firstCaseNo, p.count]) {
        const td = document.createElement('td'); td.textContent = text; tr.appendChild(td);
      }
      return tr;
    }));
    document.body.dataset.rendered = 'true';
  }

  function query() {
    const q = new URLSearchParams();
    if ($('from').value) { q.set('from', $('from').value); }
    if ($('to').value) { q.set('to', $('to').value); }
    return q;
  }

  async function load() {
    $('message').textContent = '';
    const view = await call('/api/reports/dashboard?' + query());
    $('from').value = view.from;
    $('to').value = view.to;
    render(view);
  }

  async function download(extension) {
    const q = query();
    q.set('groupBy', 'township');
    const response = await fetch('/api/reports/summary.' + extension + '?' + q, { headers: { Authorization: auth } });
    if (!response.ok) { $('message').textContent = '导出失败（' + response.status + '）'; return; }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = '统计-' + $('from').value + '-' + $('to').value + '.' + extension;
    link.click();
  }

  // The stored monthly reports, for the centre's staff only: any other login gets 403 and the panel stays hidden.
  async function monthly() {
    const response = await fetch('/api/reports/monthly', { headers: { Authorization: auth, Accept: 'application/json' } });
    if (!response.ok) { $('monthly-panel').hidden = true; return; }
    const rows = $('monthly');
    rows.replaceChildren();
    for (const report of await response.json()) {
      const month = report.month.substring(0, 7);
      const tr = document.createElement('tr');
      const link = document.createElement('a');
      link.href = '#';
      link.textContent = 'PDF';
      link.addEventListener('click', async event => {
        event.preventDefault();
        const pdf = await fetch('/api/reports/monthly/' + month + '.pdf', { headers: { Authorization: auth } });
        if (!pdf.ok) { $('message').textContent = '下载失败（' + pdf.status + '）'; return; }
        const file = document.createElement('a');
        file.href = URL.createObjectURL(await pdf.blob());
        file.download = '月度矛盾纠纷形势分析-' + month + '.pdf';
        file.click();
      });
      const cells = [month, new Date(report.generatedAt).toLocaleString('zh-CN')].map(text => {
        const td = document.createElement('td');
        td.textContent = text;
        return td;
      });
      const last = document.createElement('td');
      last.appendChild(link);
      tr.append(...cells, last);
      rows.appendChild(tr);
    }
    $('monthly-panel').hidden = false;
  }

  $('login').addEventListener('submit', async event => {
    event.preventDefault();
    auth = header($('user').value.trim(), $('password').value);
    try {
      $('login').hidden = true;
      $('board').hidden = false;
      await load();
      monthly().catch(() => { $('monthly-panel').hidden = true; });
    } catch (e) {
      $('board').hidden = true;
      $('login').hidden = false;
      $('login-message').textContent = e.message;
      $('login-message').hidden = false;
    }
  });
  $('period').addEventListener('submit', event => {
    event.preventDefault();
    load().catch(e => { $('message').textContent = e.message; });
  });
  $('csv').addEventListener('click', event => { event.preventDefault(); download('csv'); });
  $('xlsx').addEventListener('click', event => { event.preventDefault(); download('xlsx'); });
  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
})();
