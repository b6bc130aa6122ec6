import { mount } from '../common/mount';
import { BreakView } from './BreakView';

mount(<BreakView />);
