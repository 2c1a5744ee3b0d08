// The certificate's print button: the browser's own print window, where "Save as PDF" keeps a copy.
document.getElementById('print')?.addEventListener('click', () => window.print());
