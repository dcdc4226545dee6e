document.querySelectorAll('img.lazyload').forEach(function(i){i.src=i.dataset.src;});
