// Given to `openApp({ init })`: the page records every Content-Security-Policy violation in
// `window.__cspViolations` ("directive blockedURI"), from before the app's first script runs.
export const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
`;

declare global {
  interface Window {
    __cspViolations: string[];
  }
}
