import { mount } from '../common/mount';
import { SettingsView } from './SettingsView';

mount(<SettingsView />);
