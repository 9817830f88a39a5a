// Mounts the Vue example page; built by `npm run build` into dist/examples/vue.js (see demo/vue.html).
import { createApp } from 'vue';
import SurveyPage from './vue-survey-page.vue';

createApp(SurveyPage).mount('#app');
