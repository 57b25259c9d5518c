// Draws the graffiti follow-up charts from the JSON in the canvases' data-incident-chart attribute:
// reports and the share removed within target (per month for a year, per year for the whole period),
// and the yearly cost against the guideline's cost target. Kept out of the page for the CSP; the
// tables on the page hold the same numbers. A missing share is null: a gap, never a zero.
(function () {
  'use strict';

  function draw(canvas) {
    var data = JSON.parse(canvas.getAttribute('data-incident-chart'));
    var kind = canvas.getAttribute('data-chart-kind');
    var config;
    if (kind === 'cost') {
      var datasets = [{ type: 'bar', label: data.costLabel, data: data.costs, backgroundColor: '#0b5ed7' }];
      if (data.target !== null) {
        datasets.push({
          type: 'line', label: data.targetLabel,
          data: data.costYears.map(function () { return data.target; }),
          borderColor: '#6c3483', backgroundColor: '#6c3483', borderDash: [6, 4], pointRadius: 0
        });
      }
      config = { data: { labels: data.costYears, datasets: datasets } };
    } else {
      config = {
        data: {
          labels: data.labels,
          datasets: [
            { type: 'bar', label: data.reportsLabel, data: data.reports, backgroundColor: '#0b5ed7', yAxisID: 'y' },
            { type: 'line', label: data.withinLabel, data: data.within, borderColor: '#146c43', backgroundColor: '#146c43',
              spanGaps: false, yAxisID: 'share' }
          ]
        },
        options: { scales: { y: { beginAtZero: true }, share: { position: 'right', min: 0, max: 100,
          grid: { drawOnChartArea: false } } } }
      };
    }
    // numbers on the axes in the page's language: "1 400" in Swedish, not "1,400"
    config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: false,
      locale: document.documentElement.lang === 'en' ? 'en-GB' : 'sv-SE' }, config.options || {});
    new Chart(canvas, config);
    canvas.setAttribute('data-chart-drawn', 'true');
  }

  function init() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-incident-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
