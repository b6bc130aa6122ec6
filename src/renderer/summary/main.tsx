import { mount } from '../common/mount';
import { SummaryView } from './SummaryView';
import { TensionSection } from './TensionSection';

mount(
  <SummaryView>
    <TensionSection />
  </SummaryView>,
);
