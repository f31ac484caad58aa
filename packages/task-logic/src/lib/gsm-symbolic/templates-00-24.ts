// Reasoning Gym's GSM-Symbolic templates 0 to 24, written again in TypeScript from
// reasoning_gym/arithmetic/gsm_symbolic/generators_00_49.py (commit 49b07130):
// for each template, `generateN` draws the variables as RG's generate_example does and `solveN`
// computes the answer and writes the question and worked answer as RG's generate_from_variables.

import {
  at,
  commas,
  Fraction,
  floatRepr,
  floorDiv,
  formatNumber,
  gcd,
  isInteger,
  lookup,
  mod,
  type PyRandom,
  percent,
  range,
} from "./python.js";
import type { GsmSolution, GsmTemplate } from "./solution.js";

function solve0(
  name: string,
  food: string,
  peelRate: number,
  batchSize: number,
  timePerBatch: number,
  totalAmount: number,
): GsmSolution {
  const peelTime = floorDiv(totalAmount, peelRate);
  const numBatches = floorDiv(totalAmount, batchSize);
  const cookTime = numBatches * timePerBatch;
  const totalTime = peelTime + cookTime;
  const question = `${name} can peel ${peelRate} ${food}s a minute and saute ${batchSize} ${food}s in ${timePerBatch} minutes. How long will it take her to peel and saute ${totalAmount} ${food}s?`;
  const answerCot = `First find how long it takes ${name} to peel the ${food}: ${totalAmount} ${food} / ${peelRate} ${food}/minute = ${peelTime} minutes\nThen find how many batches of ${food} she needs to cook: ${totalAmount} ${food} / ${batchSize} ${food}/batch = ${numBatches} batches\nThen multiply the number of batches by the time per batch to find the total cook time: ${numBatches} batches * ${timePerBatch} minutes/batch = ${cookTime} minutes\nThen add the peeling time to find the total time ${name} spends: ${cookTime} minutes + ${peelTime} minutes = ${totalTime} minutes\n#### ${totalTime}`;
  return {
    question,
    answer: formatNumber(totalTime),
    answer_cot: answerCot,
    answer_value: totalTime,
    variables: {
      name,
      food,
      peel_rate: peelRate,
      batch_size: batchSize,
      time_per_batch: timePerBatch,
      total_amount: totalAmount,
      peel_time: peelTime,
      cook_time: cookTime,
    },
  };
}

function generate0(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = ["Emily", "Sarah", "Emma", "Sophia", "Olivia", "Ava", "Isabella", "Mia"];
  const foods = ["shrimp", "onion", "carrot", "mushroom", "clam"];
  const name = rng.choice(namesFemale);
  const food = rng.choice(foods);
  const peelRate = rng.randint(4, Math.trunc(15 * difficulty));
  const batchSize = rng.randrange(20, Math.trunc(50 * difficulty), 5);
  const timePerBatch = rng.randint(5, Math.trunc(20 * difficulty));
  const lcm = floorDiv(peelRate * batchSize, gcd(peelRate, batchSize));
  const numLcm = rng.randint(1, Math.trunc(4 * difficulty));
  const totalAmount = lcm * numLcm;
  return solve0(name, food, peelRate, batchSize, timePerBatch, totalAmount);
}

function solve1(
  name: string,
  family: string,
  blocks: number,
  animals: number,
  rings: number,
  total: number,
): GsmSolution {
  const bouncyBalls = total - (blocks + animals + rings);
  const question = `When ${name} watches her ${family}, she gets out a variety of toys for him. The bag of building blocks has ${blocks} blocks in it. The bin of stuffed animals has ${animals} stuffed animals inside. The tower of stacking rings has ${rings} multicolored rings on it. ${name} recently bought a tube of bouncy balls, bringing her total number of toys for her ${family} up to ${total}. How many bouncy balls came in the tube?`;
  const answerCot = `Let T be the number of bouncy balls in the tube.\nAfter buying the tube of balls, ${name} has ${blocks} + ${animals} + ${rings} + T = ${blocks + animals + rings} + T = ${total} toys for her ${family}.\nThus, T = ${total} - ${blocks + animals + rings} = ${bouncyBalls} bouncy balls came in the tube.\n#### ${bouncyBalls}`;
  return {
    question,
    answer: formatNumber(bouncyBalls),
    answer_cot: answerCot,
    answer_value: bouncyBalls,
    variables: {
      name,
      family,
      building_blocks: blocks,
      stuffed_animals: animals,
      stacking_rings: rings,
      total_toys: total,
      bouncy_balls: bouncyBalls,
    },
  };
}

function generate1(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = ["Sophie", "Emma", "Olivia", "Ava", "Isabella", "Sophia", "Mia"];
  const familyMembers = ["nephew", "cousin", "brother"];
  const name = rng.choice(namesFemale);
  const family = rng.choice(familyMembers);
  const blocks = rng.randint(70, Math.trunc(75 * difficulty));
  const animals = rng.randint(35, Math.trunc(50 * difficulty));
  const rings = rng.randint(20, Math.trunc(35 * difficulty));
  const total = blocks + animals + rings + rng.randint(20, Math.trunc(100 * difficulty));
  return solve1(name, family, blocks, animals, rings, total);
}

function solve2(
  teacher: string,
  total: number,
  p1: number,
  p2: number,
  group1: string,
  group2: string,
  group3: string,
  event: string,
): GsmSolution {
  const group1Count = Math.trunc((total * p1) / 100);
  const remaining = total - group1Count;
  const group23Count = Math.trunc((remaining * p2) / 100);
  const totalLeaving = group1Count + group23Count;
  const question = `In ${teacher}'s class of ${total} students, ${p1}% of the class are ${group1}. Out of the remaining class, ${p2}% of the students are ${group2} or part of ${group3}. These 3 groups of students will need to leave early today to travel to an away ${event}. How many students are leaving early?`;
  const answerCot = `${p1}% of the ${total} student class are ${group1} so that's ${floatRepr(p1 / 100)}*${total} = ${group1Count} students\nThere are ${total} students and ${group1Count} are ${group1} so that leaves ${total}-${group1Count} = ${remaining} students\n${p2}% of the remaining ${remaining} students are part of ${group3} or ${group2} so that's ${floatRepr(p2 / 100)}*${remaining} = ${group23Count} students\n${group1Count} students are ${group1} and ${group23Count} are part of ${group3}/${group2} so ${group1Count}+${group23Count} = ${totalLeaving} students will be leaving early\n#### ${totalLeaving}`;
  return {
    question,
    answer: formatNumber(totalLeaving),
    answer_cot: answerCot,
    answer_value: totalLeaving,
    variables: {
      teacher,
      total_students: total,
      percent_group1: p1,
      percent_group23: p2,
      group1,
      group2,
      group3,
      event,
      group1_count: group1Count,
      group23_count: group23Count,
    },
  };
}

function generate2(rng: PyRandom, difficulty: number): GsmSolution {
  const teachers = ["Ms. Johnson", "Mr. Smith", "Dr. Lee", "Mrs. Garcia"];
  const sports = ["soccer players", "basketball players", "volleyball players", "swimmers"];
  const activities = ["dancers", "choir members", "debate team members", "robotics club members"];
  const events = ["competition", "tournament", "performance", "meet"];
  const teacher = rng.choice(teachers);
  const group1 = rng.choice(sports);
  const [group2, group3] = rng.sample(activities, 2) as [string, string];
  const event = rng.choice(events);
  const baseTotal = rng.randint(1, Math.min(Math.trunc(1.5 * difficulty), 2));
  const total = baseTotal * 100;
  const maxP1 = Math.min(80, Math.trunc(100 * difficulty));
  const step = total === 100 ? 20 : 10;
  const p1Choices = range(20, maxP1 + 1, step);
  const p1 = rng.choice(p1Choices);
  const remaining = total - floorDiv(total * p1, 100);
  const divisor = remaining > 0 ? floorDiv(100, remaining) : 1;
  const maxP2 = Math.min(90, Math.trunc(100 * difficulty));
  const p2Choices = range(20, maxP2 + 1, divisor);
  const p2 = p2Choices.length > 0 ? rng.choice(p2Choices) : 20;
  return solve2(teacher, total, p1, p2, group1, group2, group3, event);
}

function solve3(
  name: string,
  initialPals: number,
  lostPals: number,
  lettersPerWeek: number,
  pagesPerLetter: number,
  minutesPerPage: number,
): GsmSolution {
  const currentPals = initialPals - lostPals;
  const lettersReceived = currentPals * lettersPerWeek;
  const pagesToWrite = lettersReceived * pagesPerLetter;
  const totalMinutes = pagesToWrite * minutesPerPage;
  const hours = floorDiv(totalMinutes, 60);
  const question = `${name} was a pen pal with ${initialPals} people. He stopped being penpals with ${lostPals} of them. They each send ${lettersPerWeek} letters a week that are ${pagesPerLetter} pages long. He responds in kind. He can write a page every ${minutesPerPage} minutes. How many hours does he spend writing a week?`;
  const answerCot = `${name} is penpals with ${initialPals}-${lostPals}=${currentPals} people\nThus he gets ${currentPals}*${lettersPerWeek}=${lettersReceived} letters a week\nSo he writes ${lettersReceived}*${pagesPerLetter}=${pagesToWrite} pages a week\nSo he writes for ${pagesToWrite}*${minutesPerPage}=${totalMinutes} minutes a week\nSo he writes ${totalMinutes}/60=${hours} hours a week\n#### ${hours}`;
  return {
    question,
    answer: formatNumber(hours),
    answer_cot: answerCot,
    answer_value: hours,
    variables: {
      name,
      initial_penpals: initialPals,
      lost_penpals: lostPals,
      current_penpals: currentPals,
      letters_per_week: lettersPerWeek,
      pages_per_letter: pagesPerLetter,
      minutes_per_page: minutesPerPage,
      total_minutes: totalMinutes,
    },
  };
}

function generate3(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Mike", "John", "David", "James", "Robert", "William", "Richard"];
  const name = rng.choice(names);
  const initialPals = rng.randint(5, Math.trunc(15 * difficulty));
  const lostPals = rng.randint(1, initialPals - 1);
  const lettersPerWeek = rng.randint(2, Math.trunc(5 * difficulty));
  let pagesPerLetter = rng.randint(5, Math.trunc(12 * difficulty));
  const multiplier = (initialPals - lostPals) * lettersPerWeek * pagesPerLetter;
  const minMinutes = 4;
  const maxMinutes = Math.trunc(15 * difficulty);
  const validMinutes = range(minMinutes, maxMinutes + 1).filter(
    (m) => mod(multiplier * m, 60) === 0,
  );
  let minutesPerPage: number;
  if (validMinutes.length === 0) {
    minutesPerPage = minMinutes;
    const totalMinutes = multiplier * minutesPerPage;
    pagesPerLetter = floorDiv(
      floorDiv(totalMinutes + 59, 60) * 60,
      floorDiv(multiplier, pagesPerLetter),
    );
  } else {
    minutesPerPage = rng.choice(validMinutes);
  }
  return solve3(name, initialPals, lostPals, lettersPerWeek, pagesPerLetter, minutesPerPage);
}

function solve4(
  name: string,
  items: string,
  food: string,
  location: string,
  container: string,
  numJars: number,
  perJar: number,
  perPan: number,
): GsmSolution {
  const totalItems = numJars * perJar;
  const numPans = floorDiv(totalItems, perPan);
  const question = `${name} has ${numJars} jars of ${items} in her ${location}. Each jar of ${items} can decorate ${perJar} ${food}s. ${name} wants to bake enough ${food}s to use up all of her ${items}. If each ${container} holds ${perPan} ${food}s, how many ${container}s worth of ${food}s should she bake?`;
  const answerCot = `She has enough ${items} for ${numJars} * ${perJar} = ${totalItems} ${food}s.\nShe needs ${totalItems} / ${perPan} = ${numPans} ${container}s to bake all of the ${food}s.\n#### ${numPans}`;
  return {
    question,
    answer: formatNumber(numPans),
    answer_cot: answerCot,
    answer_value: numPans,
    variables: {
      name,
      items,
      food,
      location,
      container,
      num_jars: numJars,
      per_jar: perJar,
      per_pan: perPan,
      total_items: totalItems,
    },
  };
}

function generate4(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = ["Mary", "Sarah", "Emma", "Elizabeth", "Catherine"];
  const items = ["sprinkles", "frosting", "icing", "chocolate chips"];
  const foods = ["cupcake", "cookie", "brownie", "muffin"];
  const locations = ["pantry", "cupboard", "kitchen cabinet", "storage room"];
  const containers = ["pan", "tray", "baking sheet", "rack"];
  const name = rng.choice(namesFemale);
  const item = rng.choice(items);
  const food = rng.choice(foods);
  const location = rng.choice(locations);
  const container = rng.choice(containers);
  const perJar = rng.randint(6, Math.trunc(20 * difficulty));
  const multiplier = rng.randint(1, Math.max(1, floorDiv(Math.trunc(24 * difficulty), perJar)));
  let perPan = perJar * multiplier;
  perPan = Math.min(perPan, Math.trunc(24 * difficulty));
  const numJars = rng.randint(3, Math.trunc(15 * difficulty));
  return solve4(name, item, food, location, container, numJars, perJar, perPan);
}

function solve5(
  name1: string,
  name2: string,
  city: string,
  celebrityType: string,
  vacationType: string,
  n1: number,
  n2: number,
  s1: number,
  s2: number,
  goal: number,
): GsmSolution {
  const signaturesCollected = s1 + s2;
  const signaturesNeeded = goal - signaturesCollected;
  const question = `${name1} and ${name2} are sisters from ${city} who love collecting signatures from ${celebrityType}. During their ${vacationType} from school, the sisters spend every afternoon collecting signatures. After ${n1} weeks, ${name1} and ${name2} compare their autograph books, counting up the number of signatures each sister has collected. ${name1} has ${s1} signatures in her book, and ${name2} has ${s2}. The sisters have ${n2} more weeks of ${vacationType}, and they decide they want to reach ${goal} signatures between them by the end of the summer. How many signatures do the sisters need to collect to reach their goal?`;
  const answerCot = `${name1} and ${name2} have already collected ${s1} + ${s2} signatures = ${signaturesCollected} signatures.\nSince their goal is ${goal}, they need to collect ${goal} - ${signaturesCollected} signatures. ${goal} - ${signaturesCollected} = ${signaturesNeeded} signatures\n#### ${signaturesNeeded}`;
  return {
    question,
    answer: formatNumber(signaturesNeeded),
    answer_cot: answerCot,
    answer_value: signaturesNeeded,
    variables: {
      name1,
      name2,
      city,
      celebrity_type: celebrityType,
      vacation_type: vacationType,
      weeks_passed: n1,
      weeks_remaining: n2,
      signatures1: s1,
      signatures2: s2,
      goal,
      signatures_collected: signaturesCollected,
      signatures_needed: signaturesNeeded,
    },
  };
}

function generate5(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = [
    "Emma",
    "Olivia",
    "Ava",
    "Isabella",
    "Sophia",
    "Mia",
    "Charlotte",
    "Carol",
    "Jennifer",
  ];
  const cities = ["Los Angeles", "New York", "Chicago", "Houston", "Phoenix"];
  const celebrityTypes = ["movie stars", "athletes", "musicians", "politicians", "authors"];
  const vacationTypes = ["winter break", "spring break", "summer break", "fall break"];
  const [name1, name2] = rng.sample(namesFemale, 2) as [string, string];
  const city = rng.choice(cities);
  const celebrityType = rng.choice(celebrityTypes);
  const vacationType = rng.choice(vacationTypes);
  const n1 = rng.randint(3, Math.trunc(8 * difficulty));
  const n2 = rng.randint(2, Math.trunc(5 * difficulty));
  let s1 = rng.randint(15, Math.trunc(40 * difficulty));
  let s2 = rng.randint(30, Math.trunc(60 * difficulty));
  const goal = rng.randrange(90, Math.trunc(150 * difficulty), 5);
  while (s1 + s2 >= goal) {
    s1 = rng.randint(15, Math.trunc(40 * difficulty));
    s2 = rng.randint(30, Math.trunc(60 * difficulty));
  }
  return solve5(name1, name2, city, celebrityType, vacationType, n1, n2, s1, s2, goal);
}

function solve6(nGirls: number, place: string, multiplier: number): GsmSolution {
  const nBoys = nGirls * multiplier;
  const totalKids = nGirls + nBoys;
  const question = `There are ${nGirls} girls in the ${place}. If there are ${multiplier} times the number of boys in the ${place}, how many kids are in the ${place}?`;
  const answerCot = `There are ${nGirls} girls x ${multiplier} boys/girl = ${nBoys} boys in the ${place}.\nIn total there are ${nGirls} girls + ${nBoys} boys = ${totalKids} kids in the ${place}\n#### ${totalKids}`;
  return {
    question,
    answer: formatNumber(totalKids),
    answer_cot: answerCot,
    answer_value: totalKids,
    variables: { n_girls: nGirls, place, multiplier, n_boys: nBoys, total_kids: totalKids },
  };
}

function generate6(rng: PyRandom, difficulty: number): GsmSolution {
  const places = ["park", "yard", "field", "playground", "garden"];
  const multipliers = [2, 3, 4];
  const place = rng.choice(places);
  const multiplier = rng.choice(multipliers);
  let nGirls = rng.randint(5, Math.trunc(50 * difficulty));
  while (nGirls * (multiplier + 1) > 200) {
    nGirls = rng.randint(5, Math.trunc(50 * difficulty));
  }
  return solve6(nGirls, place, multiplier);
}

function solve7(
  name: string,
  plantsReceived: number,
  plantsPerLedge: number,
  numLedges: number,
  plantsToGive: number,
): GsmSolution {
  const initialPlants = plantsPerLedge * numLedges;
  const totalPlants = initialPlants + plantsReceived;
  const plantsGiven = numLedges * plantsToGive;
  const remainingPlants = totalPlants - plantsGiven;
  const question = `${name} is an avid gardener. Yesterday, she received ${plantsReceived} new potted plants from her favorite plant nursery. She already has ${plantsPerLedge} potted plants on each of the ${numLedges} window ledges of her large country home. Feeling generous, she has decided that she will give ${plantsToGive} potted plant from each ledge to friends and family tomorrow. How many potted plants will ${name} remain with?`;
  const answerCot = `Yesterday, before receiving the plants, ${name} had ${numLedges}*${plantsPerLedge} = ${initialPlants} potted plants\nAfter receiving an additional ${plantsReceived} plants, she therefore had a total of ${initialPlants} + ${plantsReceived} = ${totalPlants} potted plants\nTomorrow, ${name}'s plant giveaway will be ${numLedges}*${plantsToGive} = ${plantsGiven} potted plants.\nShe will therefore remain with ${totalPlants} - ${plantsGiven} = ${remainingPlants} potted plants.\n#### ${remainingPlants}`;
  return {
    question,
    answer: formatNumber(remainingPlants),
    answer_cot: answerCot,
    answer_value: remainingPlants,
    variables: {
      name,
      plants_received: plantsReceived,
      plants_per_ledge: plantsPerLedge,
      num_ledges: numLedges,
      plants_to_give: plantsToGive,
      initial_plants: initialPlants,
      total_plants: totalPlants,
      plants_given: plantsGiven,
      remaining_plants: remainingPlants,
    },
  };
}

function generate7(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Mary", "Emma", "Sophia", "Isabella", "Olivia", "Ava", "Mia"];
  const name = rng.choice(names);
  const plantsReceived = rng.randint(20, Math.trunc(50 * difficulty));
  let plantsPerLedge = rng.randint(7, Math.trunc(13 * difficulty));
  const numLedges = rng.randint(50, Math.trunc(70 * difficulty));
  let plantsToGive = rng.randint(3, Math.trunc(8 * difficulty));
  while (numLedges * plantsPerLedge + plantsReceived - numLedges * plantsToGive <= 0) {
    plantsPerLedge = rng.randint(7, Math.trunc(13 * difficulty));
    plantsToGive = rng.randint(3, Math.trunc(8 * difficulty));
  }
  return solve7(name, plantsReceived, plantsPerLedge, numLedges, plantsToGive);
}

function solve8(
  name: string,
  drink: string,
  sugarRatio: number,
  waterRatio: number,
  totalItems: number,
): GsmSolution {
  const totalRatio = sugarRatio + waterRatio;
  const sugarAmount = floorDiv(sugarRatio * totalItems, totalRatio);
  const question = `${name} makes ${drink} using teaspoons of sugar and cups of water in the ratio of ${sugarRatio}:${waterRatio}. If she used a total of ${totalItems} teaspoons of sugar and cups of water, calculate the number of teaspoonfuls of sugar she used.`;
  const answerCot = `The total ratio representing the ingredients she used to make the ${drink} is ${sugarRatio}+${waterRatio} = ${totalRatio}\nSince the fraction representing the number of teaspoons she used is ${sugarRatio}/${totalRatio}, she used ${sugarRatio}/${totalRatio}*${totalItems} = ${sugarAmount}\n#### ${sugarAmount}`;
  return {
    question,
    answer: formatNumber(sugarAmount),
    answer_cot: answerCot,
    answer_value: sugarAmount,
    variables: {
      name,
      drink,
      sugar_ratio: sugarRatio,
      water_ratio: waterRatio,
      total_items: totalItems,
      sugar_amount: sugarAmount,
    },
  };
}

function generate8(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = ["Emma", "Olivia", "Ava", "Isabella", "Sophia", "Mia", "Charlotte"];
  const drinks = ["coffee", "tea"];
  const name = rng.choice(namesFemale);
  const drink = rng.choice(drinks);
  const sugarRatio = rng.randint(25, Math.trunc(201 * difficulty));
  const waterRatio = rng.randint(5, Math.trunc(101 * difficulty));
  const totalRatio = sugarRatio + waterRatio;
  const numMultiples = rng.randint(1, Math.trunc(10 * difficulty));
  const totalItems = totalRatio * numMultiples;
  return solve8(name, drink, sugarRatio, waterRatio, totalItems);
}

function solve9(
  name: string,
  numBills: number,
  billValue: number,
  numItems1: number,
  price1: number,
  numItems2: number,
  price2: number,
  item1: string,
  item2: string,
  currency: string,
): GsmSolution {
  const initialAmount = numBills * billValue;
  const spentItems1 = numItems1 * price1;
  const spentItems2 = numItems2 * price2;
  const totalSpent = spentItems1 + spentItems2;
  const remaining = initialAmount - totalSpent;
  const question = `${name} has ${numBills} ${currency}${billValue} bills. He buys ${numItems1} ${item1}s for ${currency}${price1} each. He also buys ${numItems2} packs of ${item2}s for ${currency}${price2} each. How much money does he have left?`;
  const answerCot = `${name} starts off with ${numBills} * ${currency}${billValue} = ${currency}${initialAmount}.\n${name} spends ${numItems1} ${item1}s * ${currency}${price1} = ${currency}${spentItems1} on ${item1}s.\n${name} spends ${numItems2} packs of ${item2}s * ${currency}${price2} = ${currency}${spentItems2} on ${item2}s.\nTotal ${name} has spent ${currency}${spentItems1} + ${currency}${spentItems2} = ${currency}${totalSpent}.\n${name} has ${currency}${initialAmount} - ${currency}${totalSpent} = ${currency}${remaining} remaining.\n#### ${remaining}`;
  return {
    question,
    answer: formatNumber(remaining),
    answer_cot: answerCot,
    answer_value: remaining,
    variables: {
      name,
      num_bills: numBills,
      bill_value: billValue,
      num_items1: numItems1,
      price1,
      num_items2: numItems2,
      price2,
      item1,
      item2,
      currency,
      initial_amount: initialAmount,
      total_spent: totalSpent,
    },
  };
}

function generate9(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Craig", "John", "Michael", "David", "James", "Robert", "William"];
  const items1 = ["toy car", "action figure", "coloring book", "puzzle", "board game"];
  const items2 = ["sticker", "candy bar", "trading card", "pencil", "eraser"];
  const currencies = ["$", "€", "£"];
  const bills = [
    [5, 5],
    [10, 10],
    [20, 20],
    [50, 50],
    [100, 100],
  ];
  const name = rng.choice(names);
  const item1 = rng.choice(items1);
  const item2 = rng.choice(items2);
  const currency = rng.choice(currencies);
  const billValue = at(rng.choice(bills), 1);
  const numBills = Math.max(2, rng.randint(1, Math.trunc(10 * difficulty)));
  const totalMoney = numBills * billValue;
  const maxPrice1 = Math.min(Math.trunc(10 * difficulty), floorDiv(totalMoney, 8));
  const maxPrice2 = Math.min(Math.trunc(10 * difficulty), floorDiv(totalMoney, 8));
  const price1 = Math.max(1, Math.min(maxPrice1, floorDiv(totalMoney, 6)));
  const price2 = Math.max(1, Math.min(maxPrice2, floorDiv(totalMoney, 6)));
  let maxItems1 = Math.min(Math.trunc(15 * difficulty), floorDiv(floorDiv(totalMoney, 2), price1));
  maxItems1 = Math.max(3, maxItems1);
  const numItems1 = rng.randint(2, maxItems1);
  const remainingMoney = totalMoney - numItems1 * price1;
  let maxItems2 = Math.min(Math.trunc(10 * difficulty), floorDiv(remainingMoney, price2));
  maxItems2 = Math.max(3, Math.min(maxItems2, floorDiv(remainingMoney, price2)));
  const numItems2 = rng.randint(2, maxItems2);
  return solve9(
    name,
    numBills,
    billValue,
    numItems1,
    price1,
    numItems2,
    price2,
    item1,
    item2,
    currency,
  );
}

function solve10(
  name1: string,
  name2: string,
  age1: number,
  years: number,
  relationType: string,
  mult: number,
): GsmSolution {
  const futureAge = age1 * mult;
  const currentAge = futureAge - years;
  const question = `${name1} is ${age1} years old. In ${years} years his ${relationType} ${name2} will be ${mult} times as old as ${name1} is now. How old is ${name2} right now?`;
  const answerCot = `${years} years from now ${name2} will be ${age1}*${mult}=${futureAge}.\nRight now ${name2} is ${futureAge}-${years}=${currentAge} years old.\n#### ${currentAge}`;
  return {
    question,
    answer: formatNumber(currentAge),
    answer_cot: answerCot,
    answer_value: currentAge,
    variables: {
      name1,
      name2,
      age1,
      years,
      relation_type: relationType,
      mult,
      future_age: futureAge,
      current_age: currentAge,
    },
  };
}

function generate10(rng: PyRandom, difficulty: number): GsmSolution {
  const namesMale = ["James", "John", "Robert", "Michael", "William", "David", "Richard"];
  const namesFemale = ["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan"];
  const relationTypes = ["sister", "cousin"];
  const name1 = rng.choice(namesMale);
  const name2 = rng.choice(namesFemale);
  const relationType = rng.choice(relationTypes);
  let age1 = rng.randint(8, Math.trunc(25 * difficulty));
  let years = rng.randint(2, Math.trunc(10 * difficulty));
  let mult = rng.randint(2, Math.trunc(5 * difficulty));
  while (age1 * mult - years <= 0) {
    age1 = rng.randint(8, Math.trunc(25 * difficulty));
    years = rng.randint(2, Math.trunc(10 * difficulty));
    mult = rng.randint(2, Math.trunc(5 * difficulty));
  }
  return solve10(name1, name2, age1, years, relationType, mult);
}

function solve11(
  name: string,
  food1: string,
  food2: string,
  mult: number,
  n: number,
  m: number,
  k: number,
): GsmSolution {
  const initialFood2 = n;
  const initialFood1 = n * mult;
  const initialTotal = initialFood1 + initialFood2;
  const boughtFood2 = m;
  const boughtFood1 = m - k;
  const boughtTotal = boughtFood1 + boughtFood2;
  const finalFood1 = initialFood1 + boughtFood1;
  const finalFood2 = initialFood2 + boughtFood2;
  const finalTotal = finalFood1 + finalFood2;
  const question = `At ${name}'s house, there is ${mult} times as much ${food1} as ${food2}. He has a total of ${n} ${food2} in his house. At the store, ${name} bought ${m} ${food2}. He also bought some ${food1}, but he bought ${k} fewer ${food1} than the ${m} ${food2} he just bought. What is the combined total of ${food1} and ${food2} that ${name} now has in the house?`;
  const answerCot = `Let's solve this step by step:\n\n1. Initial amounts:\n   • ${name} has ${n} ${food2}\n   • He has ${mult} times as many ${food1}, so ${n} × ${mult} = ${initialFood1} ${food1}\n   • Total initial items: ${initialFood1} + ${n} = ${initialTotal}\n\n2. Bought at store:\n   • Bought ${m} new ${food2}\n   • For ${food1}, bought ${k} fewer than the ${m} ${food2}, so ${m} - ${k} = ${boughtFood1} ${food1}\n   • Total bought items: ${boughtFood1} + ${m} = ${boughtTotal}\n\n3. Final amounts:\n   • Total ${food1}: ${initialFood1} + ${boughtFood1} = ${finalFood1}\n   • Total ${food2}: ${initialFood2} + ${boughtFood2} = ${finalFood2}\n   • Combined total: ${finalFood1} + ${finalFood2} = ${finalTotal}\n\nTherefore, ${name} now has ${finalTotal} items in total.\n#### ${finalTotal}`;
  return {
    question,
    answer: formatNumber(finalTotal),
    answer_cot: answerCot,
    answer_value: finalTotal,
    variables: {
      name,
      food1,
      food2,
      multiplier: mult,
      initial_amount: n,
      bought_amount: m,
      difference: k,
      initial_total: initialTotal,
      bought_total: boughtTotal,
      final_total: finalTotal,
    },
  };
}

function generate11(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Allan", "John", "Michael", "David", "James", "Robert", "William"];
  const foods = [
    "corn",
    "apple",
    "banana",
    "orange",
    "pear",
    "grape",
    "fig",
    "persimmon",
    "plum",
    "kiwi",
  ];
  const name = rng.choice(names);
  const [food1, food2] = rng.sample(foods, 2) as [string, string];
  const mult = rng.randint(2, Math.trunc(4 * difficulty));
  const n = rng.randint(20, Math.trunc(100 * difficulty));
  const m = rng.randint(30, Math.trunc(100 * difficulty));
  const k = rng.randint(10, Math.min(m, Math.trunc(50 * difficulty)));
  return solve11(name, food1, food2, mult, n, m, k);
}

function solve12(
  name: string,
  game1: string,
  game2: string,
  period: string,
  time1: number,
  time2: number,
  num1: number,
  num2: number,
): GsmSolution {
  const totalTime1 = time1 * num1;
  const totalTime2 = time2 * num2;
  const totalTime = totalTime1 + totalTime2;
  const question = `It takes ${name} ${time1} minutes to finish a ${game1} and ${time2} minutes to finish a ${game2}. Over the ${period} she solved ${num1} ${game1}s and ${num2} ${game2}s. How much time did she spend playing these games?`;
  const answerCot = `It takes ${time1} minutes to complete a ${game1} and she completed ${num1} for a total of ${time1}*${num1} = ${totalTime1} minutes\nIt takes ${time2} minutes to complete a ${game2} and she completed ${num2} for a total of ${time2}*${num2} = ${totalTime2} minutes\nShe spent ${totalTime1} minutes on ${game1}s and ${totalTime2} minutes on ${game2}s for a total of ${totalTime1}+${totalTime2} = ${totalTime} minutes\n#### ${totalTime}`;
  return {
    question,
    answer: formatNumber(totalTime),
    answer_cot: answerCot,
    answer_value: totalTime,
    variables: {
      name,
      game1,
      game2,
      period,
      time1,
      time2,
      num1,
      num2,
      total_time1: totalTime1,
      total_time2: totalTime2,
    },
  };
}

function generate12(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Emma", "Olivia", "Ava", "Isabella", "Sophia", "Mia", "Charlotte"];
  const games = ["word puzzle", "jigsaw puzzle", "chess puzzle", "riddle", "brain teaser"];
  const periods = ["weekend", "vacation", "holiday", "day off", "free time"];
  const name = rng.choice(names);
  const [game1, game2] = rng.sample(games, 2) as [string, string];
  const period = rng.choice(periods);
  let time1 = rng.randint(5, Math.trunc(30 * difficulty));
  let time2 = rng.randint(3, Math.trunc(20 * difficulty));
  while (time2 >= time1) {
    time1 = rng.randint(5, Math.trunc(30 * difficulty));
    time2 = rng.randint(3, Math.trunc(20 * difficulty));
  }
  const num1 = rng.randint(2, Math.trunc(10 * difficulty));
  const num2 = rng.randint(4, Math.trunc(15 * difficulty));
  return solve12(name, game1, game2, period, time1, time2, num1, num2);
}

function solve13(
  parkName: string,
  unit: string,
  length1: number,
  length2: number,
  speed1: number,
  speed2: number,
): GsmSolution {
  const time1 = floorDiv(length1, speed1);
  const time2 = floorDiv(length2, speed2);
  const timeDiff = time1 - time2;
  const question = `The biggest waterslide at ${parkName} is ${length1} ${unit} long, and people slide down at ${speed1} ${unit}/minute. The second biggest waterslide is ${length2} ${unit} long, but steeper, so people slide down at ${speed2} ${unit}/minute. How much longer does it take to ride the biggest slide compared to the second biggest slide?`;
  const answerCot = `First find the ride length of the biggest slide: ${length1} ${unit} / ${speed1} ${unit}/minute = ${time1} minutes\nThen find the ride length of the second biggest slide: ${length2} ${unit} / ${speed2} ${unit}/minute = ${time2} minutes\nThen subtract the ride length of the second longest slide from the longest slide to find the difference: ${time1} minutes - ${time2} minutes = ${timeDiff} minutes\n#### ${timeDiff}`;
  return {
    question,
    answer: formatNumber(timeDiff),
    answer_cot: answerCot,
    answer_value: timeDiff,
    variables: { park_name: parkName, unit, length1, length2, speed1, speed2, time1, time2 },
  };
}

function generate13(rng: PyRandom, difficulty: number): GsmSolution {
  const parks = ["Splash World", "Aqua Adventure", "Water Wonderland", "Neptunes Kingdom"];
  const units = ["yards", "meters"];
  const parkName = rng.choice(parks);
  const unit = rng.choice(units);
  const speed1 = 5 * rng.randint(8, Math.min(Math.trunc(16 * difficulty), 12));
  const minSpeed2 = (floorDiv(speed1, 5) + 2) * 5;
  let maxSpeed2 = Math.min(Math.trunc(100 * difficulty), 80);
  maxSpeed2 = floorDiv(maxSpeed2, 5) * 5;
  const speed2 = 5 * rng.randint(floorDiv(minSpeed2, 5), floorDiv(maxSpeed2, 5));
  const time2 = rng.randint(3, 5);
  const time1 = time2 + rng.randint(1, 2);
  const length2 = speed2 * time2;
  let length1 = speed1 * time1;
  if (length1 <= length2) {
    length1 = speed1 * (time1 + 1);
  }
  return solve13(parkName, unit, length1, length2, speed1, speed2);
}

function solve14(
  name: string,
  day1: string,
  day2: string,
  day3: string,
  time1: number,
  time2: number,
  mult: number,
): GsmSolution {
  const combinedTime = time1 + time2;
  const targetTime = combinedTime * mult;
  const question = `On ${day3}, ${name} wants to exercise for ${mult} the amount of time he did on ${day2} and ${day1} combined. On ${day1} he exercised for ${time1} minutes. On ${day2} he exercised for ${time2} minutes. How many minutes does he have to exercise on ${day3} to reach his goal?`;
  const answerCot = `On ${day1} and ${day2} he exercised a total of ${combinedTime} minutes because ${time1} + ${time2} = ${combinedTime}\nOn ${day3} he has to exercise for ${targetTime} minutes because ${combinedTime} x ${mult} = ${targetTime}\n#### ${targetTime}`;
  return {
    question,
    answer: formatNumber(targetTime),
    answer_cot: answerCot,
    answer_value: targetTime,
    variables: {
      name,
      day1,
      day2,
      day3,
      time1,
      time2,
      multiplier: mult,
      combined_time: combinedTime,
      target_time: targetTime,
    },
  };
}

function generate14(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Peter", "John", "Michael", "David", "James", "Robert", "William"];
  const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  const multipliers = [2, 3, 4];
  const name = rng.choice(names);
  const [day1, day2, day3] = rng.sample(weekdays, 3) as [string, string, string];
  const mult = rng.choice(multipliers);
  const maxTotalTime = Math.trunc((14 * 60) / mult) - 1;
  const maxIndividualTime = Math.min(Math.trunc(60 * difficulty), floorDiv(maxTotalTime, 2));
  const minTime = 10;
  let time1: number;
  let time2: number;
  if (maxIndividualTime <= minTime) {
    time1 = minTime;
    time2 = minTime;
  } else {
    time1 = rng.randint(minTime, maxIndividualTime);
    time2 = rng.randint(minTime, Math.min(maxIndividualTime, maxTotalTime - time1));
  }
  return solve14(name, day1, day2, day3, time1, time2, mult);
}

function solve15(
  name: string,
  sport: string,
  item1: string,
  item2: string,
  item3: string,
  item4: string,
  currency: string,
  price1: number,
  price2: number,
  price3: number,
  price4: number,
  discount: number,
): GsmSolution {
  const shortsPrice = price1 + price2;
  const shoesPrice = floorDiv(price3, 2);
  const socksPrice = price4 - discount;
  const total = price1 + shortsPrice + shoesPrice + socksPrice;
  const question = `${name} qualified for a spot on the ${sport} team, so she went shopping for some athletic gear. She bought a ${item1} for ${currency}${price1}, a pair of ${sport} ${item2} for ${currency}${price2} more than the ${item1} cost, and a pair of ${item3} that were originally ${currency}${price3} but were on sale for half price. She had a coupon for ${currency}${discount} off the package of ${currency}${price4} athletic ${item4} that she also bought. How much did she spend on athletic gear?`;
  const answerCot = `The ${item2} were ${currency}${price2} more than the ${item1}, so they cost ${currency}${price2} + ${currency}${price1} = ${currency}${shortsPrice}.\nHer ${item3} were half the original ${currency}${price3} price, so they cost ${currency}${price3} / 2 = $${shoesPrice}.\nWith her coupon, the ${item4} were ${currency}${price4} - ${currency}${discount} = ${currency}${socksPrice}.\nThe ${item1}, ${item2}, ${item3}, and ${item4} together cost ${currency}${price1} + ${currency}${shortsPrice} + ${currency}${shoesPrice} + ${currency}${socksPrice} = ${currency}${total}.\n#### ${total}`;
  return {
    question,
    answer: formatNumber(total),
    answer_cot: answerCot,
    answer_value: total,
    variables: {
      name,
      sport,
      item1,
      item2,
      item3,
      item4,
      currency,
      price1,
      price2,
      price3,
      price4,
      discount,
    },
  };
}

function generate15(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = ["Emma", "Olivia", "Ava", "Isabella", "Sophia", "Mia", "Charlotte", "Amelia"];
  const sports = ["swimming", "cycling", "basketball", "soccer", "volleyball"];
  const items1 = ["t-shirt", "jersey", "sports bra"];
  const items2 = ["shorts", "leggings", "sweatpants"];
  const items3 = ["sneakers", "cleats", "athletic shoes"];
  const items4 = ["socks", "headbands", "wristbands"];
  const currencies = ["$", "€", "£"];
  const name = rng.choice(namesFemale);
  const sport = rng.choice(sports);
  const item1 = rng.choice(items1);
  const item2 = rng.choice(items2);
  const item3 = rng.choice(items3);
  const item4 = rng.choice(items4);
  const currency = rng.choice(currencies);
  const price1 = rng.randint(8, Math.trunc(25 * difficulty));
  const price2 = rng.randint(3, Math.trunc(15 * difficulty));
  const price4 = rng.randint(5, Math.trunc(15 * difficulty));
  const discount = rng.randint(1, Math.min(5, price4));
  const price3 = floorDiv(rng.randint(30, Math.trunc(80 * difficulty)), 2) * 2;
  return solve15(
    name,
    sport,
    item1,
    item2,
    item3,
    item4,
    currency,
    price1,
    price2,
    price3,
    price4,
    discount,
  );
}

function solve16(
  name1: string,
  name2: string,
  name3: string,
  platform: string,
  mult1: number,
  mult2: number,
  n: number,
): GsmSolution {
  const baseFriends = floorDiv(n, mult1);
  const charlieFriends = n;
  const jamesFriends = baseFriends * mult2;
  const question = `${name1} has ${mult1} times as many ${platform} friends as ${name2}. ${name3} has ${mult2} times as many friends on ${platform} as ${name2}. If ${name1} has ${n} friends on ${platform}, how many ${platform} friends does ${name3} have?`;
  const answerCot = `${name2} has ${n} / ${mult1} = ${baseFriends} ${platform} friends.\n${name3} has ${mult2} * ${baseFriends} = ${jamesFriends} ${platform} friends.\n#### ${jamesFriends}`;
  return {
    question,
    answer: formatNumber(jamesFriends),
    answer_cot: answerCot,
    answer_value: jamesFriends,
    variables: {
      name1,
      name2,
      name3,
      platform,
      mult1,
      mult2,
      base_friends: baseFriends,
      charlie_friends: charlieFriends,
      james_friends: jamesFriends,
    },
  };
}

function generate16(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Charlie", "Dorothy", "James", "Sarah", "Michael", "Emily", "David"];
  const platforms = ["Instagram", "Twitter", "LinkedIn", "TikTok", "Snapchat"];
  const [name1, name2, name3] = rng.sample(names, 3) as [string, string, string];
  const platform = rng.choice(platforms);
  const mult1 = rng.randint(2, Math.trunc(5 * difficulty));
  let mult2 = rng.randint(2, Math.trunc(5 * difficulty));
  while (mult2 === mult1) {
    mult2 = rng.randint(2, Math.trunc(5 * difficulty));
  }
  const base = rng.randint(4, Math.trunc(20 * difficulty));
  const n = base * mult1;
  return solve16(name1, name2, name3, platform, mult1, mult2, n);
}

function solve17(
  facility: string,
  total: number,
  item: string,
  frac: Fraction,
  event: string,
  daily: number,
  period: number,
): GsmSolution {
  const initialOccupied = Fraction.of(total).mul(frac).trunc();
  const initialEmpty = total - initialOccupied;
  const weeklyAdmitted = daily * 7;
  const totalAdmitted = weeklyAdmitted * period;
  const finalEmpty = initialEmpty - totalAdmitted;
  const question = `A ${facility} has a capacity of ${total} ${item}s with ${frac} occupied. Due to the ${event}, ${daily} patients are admitted into the ${facility} each day. Calculate the total number of unoccupied ${item}s in the ${facility} after ${period} weeks.`;
  const answerCot = `If ${frac} of the total capacity of the ${facility} ${item}s is occupied, it means ${frac} * ${total} = ${initialOccupied} ${item}s have patients using them.\nThe total number of ${item}s in the ${facility} without new admissions is ${total} ${item}s - ${initialOccupied} ${item}s = ${initialEmpty} ${item}s.\nIf ${daily} people are admitted each day, the total number of patients in the ${facility} after one week is ${daily} patients/day * 7 days/week = ${weeklyAdmitted} patients.\nAfter ${period} weeks, the total number of patients admitted into the ${facility} is ${weeklyAdmitted} patients/week * ${period} weeks = ${totalAdmitted} patients, who each use one ${item}.\nIf there were ${initialEmpty} unoccupied ${item}s in the ${facility} before the new admissions, the total number is reduced to ${initialEmpty} ${item}s - ${totalAdmitted} ${item}s = ${finalEmpty} unoccupied ${item}s.\n#### ${finalEmpty}`;
  return {
    question,
    answer: formatNumber(finalEmpty),
    answer_cot: answerCot,
    answer_value: finalEmpty,
    variables: {
      facility,
      total_capacity: total,
      item,
      initial_fraction: frac,
      event,
      daily_patients: daily,
      period_weeks: period,
      initial_occupied: initialOccupied,
      initial_empty: initialEmpty,
      total_admitted: totalAdmitted,
    },
  };
}

function generate17(rng: PyRandom, difficulty: number): GsmSolution {
  const facilities = ["hospital", "clinic", "medical center", "care facility"];
  const items = ["bed", "room", "ward"];
  const events = ["flu season", "natural disaster", "major accident", "pandemic"];
  const fractions = [
    new Fraction(1, 5),
    new Fraction(1, 4),
    new Fraction(1, 3),
    new Fraction(1, 2),
  ];
  const facility = rng.choice(facilities);
  const item = rng.choice(items);
  const event = rng.choice(events);
  const frac = rng.choice(fractions);
  const denominator = frac.denominator;
  const baseTotal = denominator * 100;
  const totalMultiplier = rng.randint(5, Math.min(Math.trunc(20 * difficulty), 15));
  const total = baseTotal * totalMultiplier;
  const remainingCapacity = Fraction.of(total).mul(Fraction.of(1).sub(frac));
  const maxWeeks = Math.min(Math.trunc(5 * difficulty), 4);
  let period = rng.randint(2, maxWeeks);
  let maxDaily = remainingCapacity.div(period * 7).trunc();
  maxDaily = floorDiv(maxDaily, 5) * 5;
  const minDaily = 20;
  if (maxDaily <= minDaily) {
    period = 2;
    maxDaily = remainingCapacity.div(period * 7).trunc();
    maxDaily = floorDiv(maxDaily, 5) * 5;
  }
  const daily = 5 * rng.randint(floorDiv(minDaily, 5), floorDiv(maxDaily, 5));
  return solve17(facility, total, item, frac, event, daily, period);
}

function solve18(
  name1: string,
  name2: string,
  game: string,
  n1: number,
  n2: number,
  frac: number,
): GsmSolution {
  const score2 = Math.trunc(frac * n1 + n2);
  const total = n1 + score2;
  const question = `${name1} scored ${n1} points in one game of ${game}. ${name2} scored ${n2} more than ${percent(frac, 0)} as many as ${name1}. How many points did ${name1} and ${name2} have in total?`;
  const answerCot = `${name1} = ${n1} points\n${name2} = ${floatRepr(frac)} * ${n1} + ${n2} = ${score2} points\n${n1} + ${score2} = ${total} points\nTogether, ${name1} and ${name2} scored ${total} points.\n#### ${total}`;
  return {
    question,
    answer: formatNumber(total),
    answer_cot: answerCot,
    answer_value: total,
    variables: {
      name1,
      name2,
      game,
      score1: n1,
      bonus: n2,
      fraction: frac,
      score2,
      total_score: total,
    },
  };
}

function generate18(rng: PyRandom, difficulty: number): GsmSolution {
  const names = [
    "James",
    "John",
    "Robert",
    "Michael",
    "William",
    "David",
    "Richard",
    "Joseph",
    "Thomas",
    "Charles",
    "Mary",
    "Patricia",
    "Jennifer",
    "Linda",
    "Elizabeth",
    "Barbara",
    "Susan",
    "Jessica",
    "Sarah",
    "Karen",
  ];
  const games = ["bowling", "darts", "archery", "basketball", "tennis"];
  const fractions = [0.5];
  const [name1, name2] = rng.sample(names, 2) as [string, string];
  const game = rng.choice(games);
  const frac = rng.choice(fractions);
  let n1 = rng.randint(200, Math.trunc(500 * difficulty));
  const n2 = rng.randint(5, Math.trunc(50 * difficulty));
  while (!isInteger(frac * n1)) {
    n1 = rng.randint(200, Math.trunc(500 * difficulty));
  }
  return solve18(name1, name2, game, n1, n2, frac);
}

function solve19(
  name: string,
  pan: string,
  initialKernels: number,
  timeInterval: number,
  multiplier2: number,
  multiplier3: number,
): GsmSolution {
  const secondInterval = multiplier2 * initialKernels;
  const thirdInterval = multiplier3 * initialKernels;
  const fourthInterval = floorDiv(thirdInterval, 2);
  const residual = floorDiv(fourthInterval, 4);
  const total = initialKernels + secondInterval + thirdInterval + fourthInterval + residual;
  const question = `${name} is popping popcorn for a snack. As the ${pan} of kernels heats up, the kernels start popping faster. ${initialKernels} pop in the first ${timeInterval} seconds of cooking, then ${multiplier2} times that amount in the next ${timeInterval} seconds. The kernels increase to ${multiplier3} times the initial popping rate in the next ${timeInterval} seconds, but in the final ${timeInterval} seconds, the popping slows down to half the rate as the past ${timeInterval} seconds. After ${name} takes the ${pan} off the heat, a quarter of the number of kernels that popped in the final ${timeInterval} seconds of cooking also pop from the residual heat. How many pieces of popcorn does ${name} have to eat?`;
  const answerCot = `In the second ${timeInterval} seconds of cooking, ${multiplier2} * ${initialKernels} = ${secondInterval} kernels pop.\nIn the third ${timeInterval} seconds, ${multiplier3} * ${initialKernels} = ${thirdInterval} kernels pop.\nIn the final ${timeInterval} seconds, ${thirdInterval} / 2 = ${fourthInterval} kernels pop.\nAfter cooking, the residual heat makes ${fourthInterval} / 4 = ${residual} kernels pop.\nThus, ${name} has ${initialKernels} + ${secondInterval} + ${thirdInterval} + ${fourthInterval} + ${residual} = ${total} pieces of popcorn to eat.\n#### ${total}`;
  return {
    question,
    answer: formatNumber(total),
    answer_cot: answerCot,
    answer_value: total,
    variables: {
      name,
      pan,
      initial_kernels: initialKernels,
      time_interval: timeInterval,
      multiplier_2: multiplier2,
      multiplier_3: multiplier3,
      second_interval: secondInterval,
      third_interval: thirdInterval,
      fourth_interval: fourthInterval,
      residual,
      total,
    },
  };
}

function generate19(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Garrett", "James", "Michael", "David", "John", "Robert", "William"];
  const pans = ["pan", "pot", "skillet"];
  const name = rng.choice(names);
  const pan = rng.choice(pans);
  const initialKernels = rng.randrange(10, Math.trunc(101 * difficulty), 10);
  const timeInterval = rng.randrange(10, Math.trunc(31 * difficulty), 2);
  const multiplier2 = rng.randint(2, Math.trunc(5 * difficulty));
  let multiplier3: number;
  for (;;) {
    multiplier3 = rng.randint(multiplier2 + 1, Math.trunc(8 * difficulty));
    if (mod(multiplier3 * initialKernels, 8) === 0) {
      break;
    }
  }
  return solve19(name, pan, initialKernels, timeInterval, multiplier2, multiplier3);
}

function solve20(
  name: string,
  obj: string,
  surface: string,
  capacity: number,
  total: number,
  numTrays: number,
): GsmSolution {
  const maxCapacity = capacity * numTrays;
  const leftover = total - maxCapacity;
  const question = `${name} places ${obj}s on the ${surface}. Each ${surface} can hold ${capacity} ${obj}s. If he has ${total} ${obj}s and ${numTrays} ${surface}s, how many ${obj}s won't he be able to place on the ${surface}?`;
  const answerCot = `${name} will be able to place a total of ${capacity} x ${numTrays} = ${maxCapacity} ${obj}s.\nTherefore, there are ${total} - ${maxCapacity} = ${leftover} ${obj}s that he won't be able to place on the ${surface}.\n#### ${leftover}`;
  return {
    question,
    answer: formatNumber(leftover),
    answer_cot: answerCot,
    answer_value: leftover,
    variables: {
      name,
      obj,
      surface,
      capacity_per_tray: capacity,
      total_items: total,
      num_trays: numTrays,
      max_capacity: maxCapacity,
      leftover,
    },
  };
}

function generate20(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["James", "John", "Robert", "Michael", "William", "David", "Richard"];
  const objects = ["olive", "almond", "cookie", "cracker", "banana"];
  const surfaces = ["plate", "table", "bowl", "tray", "basket"];
  const name = rng.choice(names);
  const obj = rng.choice(objects);
  const surface = rng.choice(surfaces);
  const capacity = rng.randint(20, Math.trunc(51 * difficulty));
  const numTrays = rng.randint(2, Math.trunc(7 * difficulty));
  const maxCapacity = capacity * numTrays;
  const total = maxCapacity + rng.randint(1, Math.trunc(20 * difficulty));
  return solve20(name, obj, surface, capacity, total, numTrays);
}

function solve21(
  name: string,
  length: number,
  unitLength: string,
  plantWidth: number,
  space: number,
  owned: number,
  currency: string,
  cost: number,
): GsmSolution {
  const totalPlants = Math.trunc(length / space);
  const plantsToBuy = totalPlants - owned;
  const totalCost = plantsToBuy * cost;
  const question = `${name} has a flower bed that is ${floatRepr(length)} ${unitLength} long. ${name} wants to fill her flower bed with plants. Each plant, including the space it needs around it, requires ${floatRepr(space)} ${unitLength} of space. ${name} already owns ${owned} flowers. Each flowering plant costs ${currency}${cost} at the store, how much money will ${name} spend at the store to fill up her flower bed?`;
  const answerCot = `Let's solve this step by step:\n\n1. Calculate how many plants fit in the flower bed:\n   - Each plant needs ${floatRepr(space)} ${unitLength} of total space\n   - The flower bed is ${floatRepr(length)} ${unitLength} long\n   - So ${floatRepr(length)} ${unitLength} / ${floatRepr(space)} ${unitLength} per plant = ${totalPlants} plants total\n\n2. Calculate how many plants need to be bought:\n   - ${name} already has ${owned} plants\n   - So ${totalPlants} plants needed - ${owned} owned = ${plantsToBuy} plants to buy\n\n3. Calculate total cost:\n   - ${plantsToBuy} plants × ${currency}${cost} per plant = ${currency}${totalCost}\n\n#### ${totalCost}`;
  return {
    question,
    answer: formatNumber(totalCost),
    answer_cot: answerCot,
    answer_value: totalCost,
    variables: {
      name,
      bed_length: length,
      unit: unitLength,
      plant_width: plantWidth,
      plant_spacing: space,
      owned_plants: owned,
      currency,
      cost_per_plant: cost,
      total_plants: totalPlants,
      plants_to_buy: plantsToBuy,
    },
  };
}

function generate21(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = ["Emma", "Olivia", "Ava", "Isabella", "Sophia", "Mia", "Charlotte"];
  const currencies = ["$", "£", "€"];
  const units = ["feet", "meters"];
  const name = rng.choice(namesFemale);
  const unit = rng.choice(units);
  const currency = rng.choice(currencies);
  const space = rng.choice([1.25, 1.5, 1.75, 2.0]);
  const totalPlants = rng.randint(80, Math.min(160, Math.trunc(120 * difficulty)));
  const length = totalPlants * space;
  const owned = rng.randint(10, Math.min(totalPlants - 1, Math.trunc(30 * difficulty)));
  const cost = rng.randint(3, Math.min(15, Math.trunc(8 * difficulty)));
  const plantWidth = rng.randint(2, 8);
  return solve21(name, length, unit, plantWidth, space, owned, currency, cost);
}

function solve22(
  name: string,
  propertyType: string,
  budget: number,
  price: number,
  brokerageFee: number,
  transferFee: number,
): GsmSolution {
  const brokerageAmount = Math.trunc((price * brokerageFee) / 100);
  const transferAmount = Math.trunc((price * transferFee) / 100);
  const totalPrice = price + brokerageAmount + transferAmount;
  const difference = totalPrice - budget;
  const question = `${name} is looking for a ${propertyType} that will not go beyond her $${commas(String(budget))} budget. She saw a property that has a selling price of $${commas(String(price))}. On top of that, the buyer has to pay a brokerage fee which is ${brokerageFee}% of the selling price, and also the transfer fee that is ${transferFee}% of the selling price. How much more is the total price of the ${propertyType} than ${name}'s budget?`;
  const answerCot = `The brokerage fee is $${commas(String(price))} x ${brokerageFee}/100 = $${commas(String(brokerageAmount))}.\nThe transfer fee is $${commas(String(price))} x ${transferFee}/100 = $${commas(String(transferAmount))}.\nThe total price of the ${propertyType} is $${commas(String(price))} + $${commas(String(brokerageAmount))} + $${commas(String(transferAmount))} = $${commas(String(totalPrice))}.\nSo, it is $${commas(String(totalPrice))} - $${commas(String(budget))} = $${commas(String(difference))} more than ${name}'s budget.\n#### ${difference}`;
  return {
    question,
    answer: `${difference}`,
    answer_cot: answerCot,
    answer_value: difference,
    variables: {
      name,
      property_type: propertyType,
      budget,
      price,
      brokerage_fee: brokerageFee,
      transfer_fee: transferFee,
      brokerage_amount: brokerageAmount,
      transfer_amount: transferAmount,
      total_price: totalPrice,
    },
  };
}

function generate22(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Mrs. Smith", "Ms. Johnson", "Dr. Patel", "Mrs. Lee"];
  const propertyTypes = ["house", "apartment", "condo", "townhouse"];
  const name = rng.choice(names);
  const propertyType = rng.choice(propertyTypes);
  const budget = rng.randrange(300000, Math.trunc(500000 * difficulty), 10000);
  let price = rng.randrange(250000, budget, 10000);
  const brokerageFee = rng.randint(3, 8);
  const transferFee = rng.randint(10, 15);
  for (;;) {
    const totalCost = price * (1 + brokerageFee / 100 + transferFee / 100);
    if (
      totalCost > budget + 1 &&
      mod(price * brokerageFee, 100) === 0 &&
      mod(price * transferFee, 100) === 0
    ) {
      break;
    }
    price = rng.randrange(250000, budget, 10000);
  }
  return solve22(name, propertyType, budget, price, brokerageFee, transferFee);
}

function solve23(
  name: string,
  task: string,
  profession: string,
  hours: number,
  workType: string,
  rate: number,
  fee: number,
  currency: string,
): GsmSolution {
  const lostIncome = hours * rate;
  const savings = lostIncome - fee;
  const question = `${name} is trying to decide whether to do ${task} herself or hire an ${profession}. If she does it herself, she'll be able to do ${hours} fewer hours of ${workType} work, losing ${currency}${rate}/hour in missed income. The ${profession} charges ${currency}${fee}. How much more money will she have if she hires the ${profession}?`;
  const answerCot = `First find the total lost revenue if ${name} does ${task} herself: ${currency}${rate}/hour * ${hours} hours = ${currency}${lostIncome}\nThen subtract the ${profession}'s charge to find how much money ${name} saves: ${currency}${lostIncome} - ${currency}${fee} = ${currency}${savings}\n#### ${savings}`;
  return {
    question,
    answer: formatNumber(savings),
    answer_cot: answerCot,
    answer_value: savings,
    variables: {
      name,
      task,
      profession,
      hours,
      work_type: workType,
      hourly_rate: rate,
      fee,
      currency,
      lost_income: lostIncome,
    },
  };
}

function generate23(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = ["Emma", "Sophia", "Isabella", "Olivia", "Ava", "Mia", "Emily"];
  const tasks = ["her taxes", "her financial planning", "her business accounting"];
  const professions = ["accountant", "financial advisor", "tax consultant", "bookkeeper"];
  const workTypes = ["freelance", "consulting", "part-time", "contract"];
  const currencies = ["$", "€", "£"];
  const name = rng.choice(namesFemale);
  const task = rng.choice(tasks);
  const profession = rng.choice(professions);
  const workType = rng.choice(workTypes);
  const currency = rng.choice(currencies);
  let hours = rng.randint(4, Math.trunc(14 * difficulty));
  let rate = rng.randint(20, Math.trunc(100 * difficulty));
  let fee = rng.randint(50, Math.trunc(200 * difficulty));
  while (hours * rate <= fee) {
    hours = rng.randint(4, Math.trunc(14 * difficulty));
    rate = rng.randint(20, Math.trunc(100 * difficulty));
    fee = rng.randint(50, Math.trunc(200 * difficulty));
  }
  return solve23(name, task, profession, hours, workType, rate, fee, currency);
}

function solve24(
  cometName: string,
  name: string,
  relative: string,
  orbitPeriod: number,
  relativeAge: number,
  multiple: number,
): GsmSolution {
  const secondViewingAge = relativeAge * multiple;
  const firstViewingAge = secondViewingAge - orbitPeriod;
  const question = `Comet ${cometName} orbits the sun every ${orbitPeriod} years. ${name}'s ${relative} saw the Comet when he was ${relativeAge} years old. ${name} saw the comet a second time when he was ${multiple} times the age his ${relative} was when he saw the Comet. How old was ${name} when he saw the Comet for the first time?`;
  const answerCot = `${name} saw the Comet for the second time when he was ${relativeAge} years * ${multiple}= ${secondViewingAge} years old.\nComet ${cometName} can be seen every ${orbitPeriod} years, so ${name} saw the comet for the first time when he was ${secondViewingAge} years - ${orbitPeriod} years = ${firstViewingAge} years old.\n#### ${firstViewingAge}`;
  return {
    question,
    answer: formatNumber(firstViewingAge),
    answer_cot: answerCot,
    answer_value: firstViewingAge,
    variables: {
      comet_name: cometName,
      name,
      relative,
      orbit_period: orbitPeriod,
      relative_age: relativeAge,
      multiple,
      second_viewing_age: secondViewingAge,
      first_viewing_age: firstViewingAge,
    },
  };
}

function generate24(rng: PyRandom, difficulty: number): GsmSolution {
  const comets = ["Halley", "Hale-Bopp", "Hyakutake", "Encke"];
  const names = ["William", "James", "John", "Robert", "Michael", "David"];
  const relatives = ["dad", "father", "uncle", "grandfather"];
  const multiples = ["two", "three", "four"];
  const cometName = rng.choice(comets);
  const name = rng.choice(names);
  const relative = rng.choice(relatives);
  const multiple = rng.choice(multiples);
  const multipleNum = lookup({ two: 2, three: 3, four: 4 }, multiple);
  let orbitPeriod = rng.randrange(50, Math.trunc(101 * difficulty), 5);
  const minAge = Math.max(20, floorDiv(orbitPeriod + 1, multipleNum));
  const maxAge = Math.min(Math.trunc(51 * difficulty), floorDiv(99, multipleNum));
  let relativeAge: number;
  if (minAge <= maxAge) {
    relativeAge = rng.randint(minAge, maxAge);
  } else {
    orbitPeriod = minAge * multipleNum - 1;
    relativeAge = minAge;
  }
  return solve24(cometName, name, relative, orbitPeriod, relativeAge, multipleNum);
}

/** Templates 0 to 24, in order. */
export const TEMPLATES_00_24: readonly GsmTemplate[] = [
  generate0,
  generate1,
  generate2,
  generate3,
  generate4,
  generate5,
  generate6,
  generate7,
  generate8,
  generate9,
  generate10,
  generate11,
  generate12,
  generate13,
  generate14,
  generate15,
  generate16,
  generate17,
  generate18,
  generate19,
  generate20,
  generate21,
  generate22,
  generate23,
  generate24,
];
