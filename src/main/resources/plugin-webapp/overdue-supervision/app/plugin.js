// 逾期督办: every overdue task across process instances, on the Cockpit dashboard.
// Plain DOM, no build step. Data: OverdueTasksResource (server side, run as the logged-in user).

const COLUMNS = [
  { key: 'caseNo', label: '案件编号', compare: (a, b) => text(a.caseNo, b.caseNo) },
  { key: 'unit', label: '承办单位', compare: (a, b) => text(a.unit, b.unit) },
  { key: 'taskName', label: '任务', compare: (a, b) => text(a.taskName, b.taskName) },
  { key: 'due', label: '办理期限', compare: (a, b) => Date.parse(a.due) - Date.parse(b.due) },
  // More days overdue = earlier due; ties (same day) are ordered by the exact due time.
  { key: 'daysOverdue', label: '逾期天数', compare: (a, b) => Date.parse(b.due) - Date.parse(a.due) },
  { key: 'lettersSent', label: '已发函件', compare: (a, b) => a.lettersSent - b.lettersSent }
];

function text(a, b) {
  return (a || '').localeCompare(b || '', 'zh-CN');
}

let controller = null;

function el(tag, className, content) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (content !== undefined && content !== null) {
    node.textContent = String(content);
  }
  return node;
}

// The server sends China time (2026-03-10T17:30:00+08:00): show it as written, whatever the browser's zone.
function chinaTime(iso) {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '';
}

function daysLabel(days) {
  return days >= 1 ? `${days} 天` : '不足 1 天';
}

function renderTable(body, tasks, sort, onSort) {
  body.replaceChildren();
  if (tasks.length === 0) {
    body.appendChild(el('p', 'overdue-supervision__empty', '当前没有逾期任务。'));
    return;
  }
  const column = COLUMNS.find(c => c.key === sort.key);
  const rows = [...tasks].sort((a, b) => sort.direction * column.compare(a, b));

  const table = el('table', 'table table-striped overdue-supervision__table');
  const headRow = el('tr');
  for (const c of COLUMNS) {
    const th = el('th', `overdue-supervision__col-${c.key}`);
    const button = el('button', 'overdue-supervision__sort', c.label);
    button.type = 'button';
    button.dataset.sortKey = c.key;
    button.title = `按${c.label}排序`;
    if (c.key === sort.key) {
      th.setAttribute('aria-sort', sort.direction > 0 ? 'ascending' : 'descending');
      button.appendChild(el('span', 'overdue-supervision__arrow', sort.direction > 0 ? ' ▲' : ' ▼'));
    }
    button.addEventListener('click', () => onSort(c.key));
    th.appendChild(button);
    headRow.appendChild(th);
  }
  table.appendChild(el('thead')).appendChild(headRow);

  const tbody = el('tbody');
  for (const task of rows) {
    const tr = el('tr', 'overdue-supervision__row');
    tr.dataset.taskId = task.taskId;
    const caseCell = el('td', 'overdue-supervision__case');
    if (task.processInstanceId) {
      const link = el('a', null, task.caseNo || '（无案件编号）');
      link.href = `#/process-instance/${encodeURIComponent(task.processInstanceId)}/runtime`;
      link.title = '查看流程实例';
      caseCell.appendChild(link);
    } else {
      caseCell.textContent = task.caseNo || '—';
    }
    tr.appendChild(caseCell);
    tr.appendChild(el('td', 'overdue-supervision__unit', task.unit || '—'));
    tr.appendChild(el('td', 'overdue-supervision__task', task.taskName));
    tr.appendChild(el('td', 'overdue-supervision__due', chinaTime(task.due)));
    const days = el('td', 'overdue-supervision__days', daysLabel(task.daysOverdue));
    days.dataset.days = String(task.daysOverdue);
    if (task.daysOverdue >= 3) {
      days.classList.add('overdue-supervision__days--long');
    }
    tr.appendChild(days);
    const letters = el('td', 'overdue-supervision__letters', task.lettersSent);
    letters.dataset.letters = String(task.lettersSent);
    tr.appendChild(letters);
    tbody.appendChild(tr);
  }
  table.appendChild(tbody);
  body.appendChild(table);
}

export default [
  {
    id: 'overdue-supervision',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node, { api }) => {
      const panel = el('section', 'overdue-supervision');
      const header = el('header', 'overdue-supervision__header');
      const title = el('h3', 'overdue-supervision__title', '逾期督办');
      const summary = el('span', 'overdue-supervision__summary');
      header.append(title, summary);
      const body = el('div', 'overdue-supervision__body');
      body.appendChild(el('p', 'overdue-supervision__loading', '正在加载逾期任务…'));
      panel.append(header, body);
      node.appendChild(panel);

      // Default: most overdue first.
      const sort = { key: 'daysOverdue', direction: -1 };
      let tasks = [];
      const redraw = () => renderTable(body, tasks, sort, key => {
        sort.direction = sort.key === key ? -sort.direction : (key === 'daysOverdue' || key === 'lettersSent' ? -1 : 1);
        sort.key = key;
        redraw();
      });

      controller = new AbortController();
      fetch(`${api.cockpitApi}/plugin/overdue-supervision/${api.engine}/overdue-tasks`, {
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
        credentials: 'same-origin',
        signal: controller.signal
      })
        .then(response => {
          if (!response.ok) {
            throw new Error(`HTTP ${response.status}`);
          }
          return response.json();
        })
        .then(data => {
          tasks = data.tasks;
          summary.textContent = `共 ${tasks.length} 项，统计时间 ${chinaTime(data.asOf)}（北京时间）`;
          panel.dataset.loaded = 'true';
          redraw();
        })
        .catch(error => {
          if (error.name === 'AbortError') {
            return;
          }
          body.replaceChildren(el('p', 'overdue-supervision__error', `逾期任务加载失败（${error.message}），请刷新页面重试。`));
          panel.dataset.loaded = 'error';
        });
    },
    unmount: () => {
      if (controller) {
        controller.abort();
        controller = null;
      }
    }
  }
];
