import { useState } from 'react';
// One module per component keeps the bundle to the widgets the app uses.
import { ShieldQuickExit } from '@shieldkit/react/quick-exit.js';
import { ShieldHelplineBanner } from '@shieldkit/react/helpline-banner.js';
import { ShieldRedFlagChecklist } from '@shieldkit/react/red-flag-checklist.js';
import { ShieldStory, ShieldStoryCarousel } from '@shieldkit/react/story-carousel.js';

export function App() {
  // Events carry no personal data (never the answers): an app may react to them, e.g. to show more help.
  const [level, setLevel] = useState<string>('none');
  const [country, setCountry] = useState('PL');

  return (
    <>
      <ShieldQuickExit position="top" href="https://www.wikipedia.org/">
        <a href="https://www.wikipedia.org/" rel="nofollow noreferrer">
          Exit this page
        </a>
      </ShieldQuickExit>
      <main>
        <h1>Help for people on the move</h1>
        <p>
          <label htmlFor="country">Country you are in </label>
          <select id="country" value={country} onChange={(e) => setCountry(e.target.value)}>
            <option value="PL">Poland</option>
            <option value="DE">Germany</option>
            <option value="UA">Ukraine</option>
          </select>
        </p>
        <ShieldHelplineBanner
          country={country}
          origin="UA"
          dismissible
          onShieldHelplineContact={(event) => console.info('contact', event.detail.channel)}
        />

        <h2>Is this job offer safe?</h2>
        <ShieldRedFlagChecklist
          set="job-offer"
          country={country}
          headingLevel={3}
          reportResults // the level is derived from the answers: dispatched only on opt-in
          onShieldChecklistResult={(event) => setLevel(event.detail.level)}
        />
        <p>Level reported to the app: {level}</p>

        <h2>Stories</h2>
        <ShieldStoryCarousel country={country}>
          <ShieldStory
            story-id="example-olena"
            heading="The job in the advert was not the job I got"
            pseudonym
            location="Eastern Europe"
            consent-given="2025-06-01"
          >
            <p>
              This is an invented example story. A recruiter kept my passport “for the paperwork”
              and said I owed him for the journey.
            </p>
          </ShieldStory>
          <ShieldStory
            story-id="example-ahmed"
            heading="I asked for my contract in my language"
            location="Central Europe"
            consent-given="2025-06-01"
          >
            <p>
              This is an invented example story. A helpline explained my rights before I signed.
            </p>
          </ShieldStory>
        </ShieldStoryCarousel>
      </main>
    </>
  );
}
