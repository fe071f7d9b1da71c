export {
  ShieldStoryCarousel,
  DEFAULT_STORY_INTERVAL,
  type ShieldStoryChangeDetail,
  type ShieldStoryRevealDetail,
} from './story-carousel.js';
export { ShieldStory } from './story-element.js';
export {
  collectStories,
  readStoryElement,
  validateStory,
  visibleStories,
  type Story,
  type StoryConsent,
  type StoryImage,
  type StoryProblem,
} from './survivor-stories.js';
// The campaign's schema is `@shieldkit/story-carousel/campaign.js`.
export type { CampaignStory } from './campaign.js';
