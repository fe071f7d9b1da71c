export {
  ShieldQuickExit,
  DEFAULT_EXIT_URL,
  type QuickExitPosition,
  type QuickExitShortcut,
} from './quick-exit.js';
export { setNavigation, restorePage, type Navigation } from './exit.js';
