// Camunda Forms (form-js) in Tasklist 7.24 has no translations: its placeholders and validation
// messages are English. This puts them in Chinese as they appear, for every form of every task.
const EXACT = {
  'Field is required.': '此项必填。',
  'Select': '请选择',
  'Search': '搜索',
  'No results': '无匹配项',
  'Should be a valid number': '请输入有效的数字',
  'Field must be a valid email.': '请输入有效的电子邮箱。'
};
const PATTERNS = [
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `至少 ${m[1]} 个字。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `不能超过 ${m[1]} 个字。`],
  [/^Field must match pattern .*$/, () => '格式不正确，请按说明填写。']
];

function chinese(text) {
  const trimmed = text.trim();
  if (EXACT[trimmed]) {
    return EXACT[trimmed];
  }
  for (const [pattern, build] of PATTERNS) {
    const match = trimmed.match(pattern);
    if (match) {
      return build(match);
    }
  }
  return null;
}

function translate(root) {
  if (!(root instanceof Element)) {
    return;
  }
  const forms = root.closest('.fjs-container') ? [root] : root.querySelectorAll('.fjs-container');
  forms.forEach((form) => {
    const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const zh = chinese(node.nodeValue);
      if (zh) {
        node.nodeValue = zh;
      }
    }
    form.querySelectorAll('input[placeholder]').forEach((input) => {
      const zh = chinese(input.getAttribute('placeholder'));
      if (zh) {
        input.setAttribute('placeholder', zh);
      }
    });
  });
}

new MutationObserver((mutations) => {
  mutations.forEach((mutation) => {
    if (mutation.type === 'characterData') {
      translate(mutation.target.parentElement);
    } else {
      mutation.addedNodes.forEach((node) => translate(node.nodeType === 3 ? node.parentElement : node));
      translate(mutation.target);
    }
  });
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
