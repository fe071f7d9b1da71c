/** Every Shieldkit class and helper, without registering anything (import `./define.js` for that). */
export * from '@shieldkit/core';
export * from '@shieldkit/quick-exit';
export * from '@shieldkit/story-carousel';
export * from '@shieldkit/red-flag-checklist';
export * from '@shieldkit/scenario';
export * from '@shieldkit/helplines';
export * from '@shieldkit/helpline-banner';
export * from '@shieldkit/campaign';
