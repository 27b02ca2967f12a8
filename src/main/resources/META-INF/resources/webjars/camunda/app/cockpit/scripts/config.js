// cockpit configuration for the 综治中心 case-handling server.
// Chinese first: a zh browser gets zh only; an en browser gets English, any other Chinese.
export default {
  app: {
    name: '流程监控',
    vendor: '综治中心'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    // Not 'en': the webapps load the fallback's file too, and whichever of the two arrives last
    // sets moment's locale, so relative times ("几秒前") were now and then "a few seconds ago".
    fallbackLocale: 'zh'
  }
};
