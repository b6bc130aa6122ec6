import { mount } from '../common/mount';
import { SettingsView } from './SettingsView';

// SettingsView brings its own LanguageRoot.
mount(<SettingsView />);
