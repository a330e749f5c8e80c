document.querySelector('main')!.textContent = 'CoDraft';
