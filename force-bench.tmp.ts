import { forceSimulation, forceLink, forceManyBody, forceX, forceY, forceCollide, randomLcg } from 'd3';
const rnd = randomLcg(1);
const n = 150;
const nodes = Array.from({ length: n }, (_, i) => ({ id: 'n' + i, x: rnd() * 100, y: rnd() * 100, r: 4 + rnd() * 18 }));
for (const [m, collide, ticks] of [[1500, true, 300], [1500, false, 300], [300, true, 300], [300, false, 300], [0, false, 300], [300, true, 150]] as const) {
const links = Array.from({ length: m }, () => ({ source: 'n' + Math.floor(Math.pow(rnd(), 2) * n), target: 'n' + Math.floor(rnd() * n) }));
const t0 = performance.now();
const sim = forceSimulation(nodes.map(d => ({ ...d }))).randomSource(randomLcg(2))
  .force('link', forceLink(links.map(l => ({ ...l }))).id((d: any) => d.id))
  .force('charge', forceManyBody().strength(-60))
  .force('x', forceX(0).strength(0.05)).force('y', forceY(0).strength(0.05)).stop();
if (collide) sim.force('collide', forceCollide((d: any) => d.r + 2));
sim.tick(ticks);
console.log(m, collide, ticks, (performance.now() - t0).toFixed(1));
}
