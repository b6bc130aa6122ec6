import { mount } from '../common/mount';
import { SummaryView } from './SummaryView';

mount(<SummaryView />);
