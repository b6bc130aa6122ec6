import { mount } from '../common/mount';
import { OnboardingView } from './OnboardingView';

mount(<OnboardingView />);
