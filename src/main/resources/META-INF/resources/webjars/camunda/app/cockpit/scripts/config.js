// cockpit configuration for the 综治中心 case-handling server.
// Chinese first: a zh browser gets zh, any other browser falls back to English.
export default {
  app: {
    name: '流程监控',
    vendor: '综治中心'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
