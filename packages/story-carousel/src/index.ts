export {
  ShieldStoryCarousel,
  DEFAULT_STORY_INTERVAL,
  type ShieldStoryChangeDetail,
  type ShieldStoryRevealDetail,
} from './story-carousel.js';
export { ShieldStory } from './story.js';
export {
  readStoryElement,
  validateStory,
  visibleStories,
  type Story,
  type StoryConsent,
  type StoryImage,
  type StoryProblem,
} from './stories.js';
export { campaignStory, storiesCampaign, type CampaignStory } from './campaign.js';
