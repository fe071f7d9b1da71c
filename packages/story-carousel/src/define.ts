// The call to action after each story is a helpline banner: its element comes with the carousel.
import '@shieldkit/helpline-banner/define.js';
import { ShieldStory } from './story-element.js';
import { ShieldStoryCarousel } from './story-carousel.js';

ShieldStory.define('shield-story');
ShieldStoryCarousel.define('shield-story-carousel');

declare global {
  interface HTMLElementTagNameMap {
    'shield-story': ShieldStory;
    'shield-story-carousel': ShieldStoryCarousel;
  }
}
