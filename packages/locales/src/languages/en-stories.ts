import type { Strings } from '../types.js';

/**
 * English strings of the story carousel. They ship with that widget's code rather than in the main
 * English file, so pages without it never download them; the widget adds them to Shieldkit's
 * i18next instance when it first connects (`addStrings`).
 */
const strings: Strings = {
  stories: {
    label: 'Survivor stories',
    slide: '{{index}} of {{total}}',
    pick: 'Story {{index}} of {{total}}',
    picker: 'Choose a story',
    previous: 'Previous story',
    next: 'Next story',
    pause: 'Pause rotation',
    start: 'Start rotation',
    contentNote: 'Content note:',
    show: 'Show story',
    skip: 'Skip this story',
    showList: 'Show all stories as a list',
    from: '{{name}}, {{location}}',
    pseudonym: 'Name changed to protect identity',
    getHelp: 'Get help',
  },
};

export default strings;
