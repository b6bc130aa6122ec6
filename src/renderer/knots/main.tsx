import { mount } from '../common/mount';
import { KnotFinder } from './KnotFinder';

mount(<KnotFinder />);
