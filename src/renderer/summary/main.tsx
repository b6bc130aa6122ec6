import { mount } from '../common/mount';
import { KnotChanges } from '../knots/KnotChanges';
import { SummaryView } from './SummaryView';
import { TensionSection } from './TensionSection';

mount(
  <SummaryView>
    <TensionSection />
    <KnotChanges />
  </SummaryView>,
);
