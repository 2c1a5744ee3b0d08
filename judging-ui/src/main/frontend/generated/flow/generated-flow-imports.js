import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/email-field/src/vaadin-email-field.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '9fc8fd4ce502dda14d07141535607328bc79e35c97dbcf04acdd2044709adb0f') {
    pending.push(import('./chunks/chunk-1224e8b629d89c0bf83713151fec8b72ebfdec711262012a2d2df35c832bc3d4.js'));
  }
  if (key === 'f5d88a15cf20bea4e5a07e1b4483f25479c1ef195f975e6405774533a2855b6e') {
    pending.push(import('./chunks/chunk-deaad908c95bbcafdc77885eaaf3fec5cd57837f9d13e342fbcb7952fc9eff1c.js'));
  }
  if (key === '6c4d0e8f6959dcc8356323c231cc9e05493d326d601e0fae06bbefb814cf36e9') {
    pending.push(import('./chunks/chunk-6cd8a76477b6e7e8b4e29596b3581228fbb63882e0a5812c93b60d79c0d44df3.js'));
  }
  if (key === 'af2bb49f2faf3de70305ba248b58029532f937d9ca74ad02758e06da488ddc96') {
    pending.push(import('./chunks/chunk-e2042e7752058b45b2566de0f43d0d706b6d06c9510caa2d4b1aad90ded90f25.js'));
  }
  if (key === 'a62ac082a03035a6e264ea9d1e830e67de9c25f5097abc00eac110396d84e0a9') {
    pending.push(import('./chunks/chunk-4996adba6de77ec786e8ae72eb144c13978238262f0fda406bb5551c541422d6.js'));
  }
  if (key === '8f757e3d3ecd4490e19dae25e4a612ccfb97a55db7cd130a4507b9756d60e535') {
    pending.push(import('./chunks/chunk-ed3f72894dc2fb447f1d848cfb79718441cb423e709e5c722f9a2e7d093b4c18.js'));
  }
  if (key === 'debfa4976f91619ab2b1f805979b59840c1682e5107408df872be547635ea6a4') {
    pending.push(import('./chunks/chunk-deaad908c95bbcafdc77885eaaf3fec5cd57837f9d13e342fbcb7952fc9eff1c.js'));
  }
  if (key === '82e6b2749994934fd58c6202caee43824111ad05c0c27ede05fec8a5a15e7a80') {
    pending.push(import('./chunks/chunk-ed3f72894dc2fb447f1d848cfb79718441cb423e709e5c722f9a2e7d093b4c18.js'));
  }
  if (key === '7e0e1088d1b40d091c7da03fc68dde58814704ecb7c6ff022bb508d1102d7bc1') {
    pending.push(import('./chunks/chunk-47c8402dc1eada5f757b877cc917029fc2705f2b4abfdacf8f6f1c997edd6f1a.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}