// Tasklist configuration for the 综治中心 case-handling server.
// Chinese first: a zh browser gets zh only; an en browser gets English, any other Chinese.
export default {
  app: {
    name: '任务列表',
    vendor: '综治中心'
  },
  // form-js (Camunda Forms) speaks English only; this script translates it in the page.
  customScripts: ['scripts/form-js-zh'],
  locales: {
    availableLocales: ['zh', 'en'],
    // Not 'en': the webapps load the fallback's file too, and whichever of the two arrives last
    // sets moment's locale, so relative times ("几秒前") were now and then "a few seconds ago".
    fallbackLocale: 'zh'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '认领当前选中的任务'},
    focusFilter: {key: 'ctrl+shift+f', description: '聚焦到第一个过滤器'},
    focusList: {key: 'ctrl+alt+l', description: '聚焦到任务列表中的第一个任务'},
    focusForm: {key: 'ctrl+alt+f', description: '聚焦到任务表单的第一个输入框'},
    startProcess: {key: 'ctrl+alt+p', description: '打开“启动流程”对话框'}
  }
};
