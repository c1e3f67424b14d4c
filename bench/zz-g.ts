import { renderAllPlans } from './node/plan';
import { fullConsultation } from './fixtures/consultation';
const cs = Array.from({length:20},(_, index)=>fullConsultation({index}));
let s=0; for(let k=0;k<6000;k++) s+=renderAllPlans(cs[k%20]!); console.log(s);
