// Reasoning Gym's GSM-Symbolic templates 50 to 74, written again in TypeScript from
// reasoning_gym/arithmetic/gsm_symbolic/generators_50_99.py (commit 49b07130):
// for each template, `generateN` draws the variables as RG's generate_example does and `solveN`
// computes the answer and writes the question and worked answer as RG's generate_from_variables.

import {
  at,
  Fraction,
  fixed,
  floatRepr,
  floorDiv,
  formatNumber,
  fractionValue,
  isInteger,
  lookup,
  mod,
  type PyRandom,
  pyRound,
  range,
} from "./python.js";
import type { GsmSolution, GsmTemplate } from "./solution.js";

function solve50(name: string, pieces1: number, pieces2: number): GsmSolution {
  const halfPieces1 = floorDiv(pieces1, 2);
  const totalPieces = halfPieces1 + pieces2;
  const question = `${name} finished half of a ${pieces1} piece puzzle, and then started and finished another ${pieces2} piece puzzle within an hour. How many puzzle pieces did ${name} place during that hour?`;
  const answerCot = `${name} did 1/2 * ${pieces1} pieces = ${halfPieces1} pieces.\n${name} completed ${halfPieces1} pieces + ${pieces2} pieces = ${totalPieces} pieces.\n#### ${totalPieces}`;
  return {
    question,
    answer: formatNumber(totalPieces),
    answer_cot: answerCot,
    answer_value: totalPieces,
    variables: {
      name,
      puzzle1_pieces: pieces1,
      puzzle2_pieces: pieces2,
      half_puzzle1: halfPieces1,
      total_pieces: totalPieces,
    },
  };
}

function generate50(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Teddy", "Tommy", "Billy", "Jimmy", "Bobby", "Danny"];
  const name = rng.choice(names);
  const puzzle1 = rng.randrange(100, Math.trunc(500 * difficulty), 2);
  const puzzle2 = rng.randrange(300, Math.trunc(1000 * difficulty), 2);
  return solve50(name, puzzle1, puzzle2);
}

function solve51(
  name: string,
  parent: string,
  activity1: string,
  activity2: string,
  activity3: string,
  cur: string,
  times: number,
  budget: number,
  tokens: number,
  cost1: number,
  cost2: number,
): GsmSolution {
  const costPerRide = cost2 * times;
  const costPerPerson = tokens + cost1 + costPerRide;
  const totalPeople = floorDiv(budget, costPerPerson);
  const friends = totalPeople - 1;
  const question = `${name}'s ${parent} said that she had ${cur}${budget} budgeted for her birthday party. She wants to make sure she and her friends all get to play one round of ${activity1}, have ${cur}${tokens} in ${activity2} tokens, and get to ride the ${activity3} ${times}. A round of ${activity1} is ${cur}${cost1}. The ${activity3} cost ${cur}${cost2} a ride. How many friends can she invite?`;
  const answerCot = `The ${activity3} will cost ${cur}${costPerRide} per person because ${cost2} x ${times} = ${costPerRide}\nEach person costs ${cur}${costPerPerson} because ${tokens} + ${cost1} + ${costPerRide} = ${costPerPerson}\n${totalPeople} total people can attend because ${budget} / ${costPerPerson} = ${totalPeople}\nShe can invite ${friends} friends because ${totalPeople} - 1 = ${friends}\n#### ${friends}`;
  return {
    question,
    answer: formatNumber(friends),
    answer_cot: answerCot,
    answer_value: friends,
    variables: {
      name,
      parent,
      activity1,
      activity2,
      activity3,
      currency: cur,
      times,
      budget,
      tokens,
      cost1,
      cost2,
      cost_per_ride: costPerRide,
      cost_per_person: costPerPerson,
      total_people: totalPeople,
    },
  };
}

function generate51(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = ["Emma", "Olivia", "Sophia", "Isabella", "Mia", "Charlotte"];
  const parents = ["mom", "dad", "aunt", "uncle"];
  const activities1 = ["mini-golf", "bowling", "laser tag"];
  const activities2 = ["arcade", "game room", "pinball"];
  const activities3 = ["go-karts", "bumper cars", "roller coaster"];
  const currencies = ["$", "£", "€"];
  const timesOptions = [2, 3];
  const name = rng.choice(namesFemale);
  const parent = rng.choice(parents);
  const activity1 = rng.choice(activities1);
  const activity2 = rng.choice(activities2);
  const activity3 = rng.choice(activities3);
  const cur = rng.choice(currencies);
  const times = rng.choice(timesOptions);
  const tokens = rng.randint(3, Math.trunc(11 * difficulty));
  const cost1 = rng.randint(3, Math.trunc(11 * difficulty));
  const cost2 = rng.randint(5, Math.trunc(21 * difficulty));
  const costPerPerson = tokens + cost1 + cost2 * times;
  const numPeople = rng.randint(2, Math.trunc(10 * difficulty));
  const budget = costPerPerson * numPeople;
  return solve51(
    name,
    parent,
    activity1,
    activity2,
    activity3,
    cur,
    times,
    budget,
    tokens,
    cost1,
    cost2,
  );
}

function solve52(name: string, alphabet: [string, number], n1: number, frac: number): GsmSolution {
  const [alphabetName, alphabetCount] = alphabet;
  const fullWrites = n1 * alphabetCount;
  const halfWrite = Math.trunc(alphabetCount * frac);
  const subtotal = fullWrites + halfWrite;
  const finalTotal = subtotal * 2;
  const question = `${name} is learning to write and decides to keep re-writing the ${alphabetName} until she knows it. She writes it in full ${n1}, writes ${floatRepr(frac)} of it once, then re-writes everything she has already written. How many letters has ${name} written in total?`;
  const answerCot = `${name} has written the ${alphabetName} ${n1} time(s) which is a total of ${alphabetCount} * ${n1} = ${fullWrites} letters.\nShe then writes ${floatRepr(frac)} the ${alphabetName}, which is ${alphabetCount} * ${floatRepr(frac)} = ${halfWrite} letters.\nSo far, this is a total of ${fullWrites} + ${halfWrite} = ${subtotal} letters.\nWriting this again means she has doubled the number of letters she has written, so she has written a total of ${subtotal} * 2 = ${finalTotal} letters.\n#### ${finalTotal}`;
  return {
    question,
    answer: formatNumber(finalTotal),
    answer_cot: answerCot,
    answer_value: finalTotal,
    variables: {
      name,
      alphabet_name: alphabetName,
      alphabet_count: alphabetCount,
      times_written: n1,
      fraction: frac,
      full_writes: fullWrites,
      half_write: halfWrite,
      total: finalTotal,
    },
  };
}

function generate52(rng: PyRandom): GsmSolution {
  const namesFemale = ["Emma", "Sophia", "Olivia", "Ava", "Isabella", "Mia", "Charlotte", "Amelia"];
  const alphabets: [string, number][] = [
    ["alphabet", 26],
    ["hiragana (with 48 letters)", 48],
    ["farsi alphabet (with 32 letters)", 32],
    ["arabic abjad (with 28 letters)", 28],
  ];
  const multiTimes = ["twice", "three times", "four times"];
  const fractionAlnum = ["half", "one-third", "one-fourth"];
  const name = rng.choice(namesFemale);
  let alphabet = rng.choice(alphabets);
  const n1 = rng.choice(multiTimes);
  const frac = rng.choice(fractionAlnum);
  const n1Map = { twice: 2, "three times": 3, "four times": 4 };
  const fracMap = { half: 0.5, "one-third": 1 / 3, "one-fourth": 0.25 };
  while (!isInteger(alphabet[1] * lookup(fracMap, frac))) {
    alphabet = rng.choice(alphabets);
  }
  return solve52(name, alphabet, lookup(n1Map, n1), lookup(fracMap, frac));
}

function solve53(name: string, sides: number, target: number, property: string): GsmSolution {
  const numbersAbove = sides - target;
  const probAbove = (numbersAbove / sides) * 100;
  const probTwoInRow = 25;
  const difference = Math.trunc(probAbove - probTwoInRow);
  const question = `${name} is rolling a ${sides}-sided die. How much more likely is it (expressed as a percentage) that he rolls a number greater than ${target} than that he rolls two ${property} numbers in a row?`;
  const answerCot = `There are ${numbersAbove} numbers greater than ${target} on the dice, so the chances of rolling one of them are ${numbersAbove} / ${sides} = ${floatRepr(probAbove)}%.\nThe chance of rolling one ${property} number is 50%, so the chance of rolling two in a row is 50% * 50% = 25%.\nThe difference between these two probabilities is ${floatRepr(probAbove)}% - 25% = ${difference}%.\n#### ${difference}`;
  return {
    question,
    answer: formatNumber(difference),
    answer_cot: answerCot,
    answer_value: difference,
    variables: {
      name,
      sides,
      target,
      property,
      numbers_above: numbersAbove,
      prob_above: probAbove,
      prob_two_in_row: probTwoInRow,
    },
  };
}

function generate53(rng: PyRandom): GsmSolution {
  const names = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph"];
  const properties = ["even", "odd"];
  const name = rng.choice(names);
  const property = rng.choice(properties);
  const diceOptions = [4, 6, 8, 10, 12, 20];
  const sides = rng.choice(diceOptions);
  let target: number;
  for (;;) {
    target = rng.randint(1, sides - 1);
    const prob = ((sides - target) / sides) * 100;
    if (mod(sides - target, target) === 0 && Number.isInteger(prob) && prob > 25) {
      break;
    }
  }
  return solve53(name, sides, target, property);
}

function solve54(
  name1: string,
  name2: string,
  totalTime: number,
  libraryTime: number,
  stationTime: number,
  location1: string,
  location2: string,
  location3: string,
): GsmSolution {
  const timeAfterLibrary = totalTime - libraryTime;
  const remainingTime = timeAfterLibrary - stationTime;
  const question = `${name1} and ${name2} have ${totalTime} minutes to walk to ${location1} together. It takes them ${libraryTime} minutes to get to the corner where the ${location2} is. It takes them another ${stationTime} minutes to get to the ${location3}. How much longer do they have to get to ${location1} without being late?`;
  const answerCot = `${name1} and ${name2} arrive at the ${location2} with ${totalTime} - ${libraryTime} = ${timeAfterLibrary} minutes left to reach the ${location1}.\nThey then arrive at the ${location3} and have ${timeAfterLibrary} - ${stationTime} = ${remainingTime} minutes left to get to ${location1} without being late.\n#### ${remainingTime}`;
  return {
    question,
    answer: formatNumber(remainingTime),
    answer_cot: answerCot,
    answer_value: remainingTime,
    variables: {
      name1,
      name2,
      total_time: totalTime,
      library_time: libraryTime,
      station_time: stationTime,
      location1,
      location2,
      location3,
      remaining_time: remainingTime,
    },
  };
}

function generate54(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["John", "Jack", "James", "William", "Michael", "David", "Joseph"];
  const locations = ["cinema", "mall", "library", "park", "gym", "bank", "school"];
  const [name1, name2] = rng.sample(names, 2) as [string, string];
  const [loc1, loc2, loc3] = rng.sample(locations, 3) as [string, string, string];
  let libraryTime = rng.randint(10, Math.trunc(30 * difficulty));
  while (mod(libraryTime, 5) === 0) {
    libraryTime = rng.randint(10, Math.trunc(30 * difficulty));
  }
  let stationTime = rng.randint(10, Math.trunc(70 * difficulty));
  while (mod(stationTime, 5) === 0) {
    stationTime = rng.randint(10, Math.trunc(70 * difficulty));
  }
  const minTotal = libraryTime + stationTime + 5;
  let totalTime = rng.randint(minTotal, Math.trunc(140 * difficulty));
  while (mod(totalTime, 5) === 0) {
    totalTime = rng.randint(minTotal, Math.trunc(140 * difficulty));
  }
  return solve54(name1, name2, totalTime, libraryTime, stationTime, loc1, loc2, loc3);
}

function solve55(
  name: string,
  place: string,
  fruit: string,
  location: string,
  insect1: string,
  insect2: string,
  n: number,
  frac: string,
): GsmSolution {
  const numInsect1 = Math.trunc(n * 0.5);
  const totalInsects = n + numInsect1;
  const question = `${name} went to their ${place} to pick some ${fruit} and found ${frac} as many ${insect1} as ${insect2} in the ${location}. If there were ${n} ${insect2}, calculate the total number of insects in the ${location}.`;
  const answerCot = `If there were ${n} ${insect2}, the total number of ${insect1} in the ${location} is ${frac} * ${n} ${insect2} = ${numInsect1} ${insect1}\nThe total number of insects in the ${location} is ${numInsect1} ${insect1} + ${n} ${insect2} = ${totalInsects} insects\n#### ${totalInsects}`;
  return {
    question,
    answer: formatNumber(totalInsects),
    answer_cot: answerCot,
    answer_value: totalInsects,
    variables: { name, place, fruit, location, insect1, insect2, n, frac, num_insect1: numInsect1 },
  };
}

function generate55(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Dax", "Alex", "Sam", "Jordan", "Taylor", "Morgan", "Riley"];
  const places = ["orchard", "backyard", "greenhouse", "allotment"];
  const fruits = ["strawberries", "cherries", "blueberries", "raspberries"];
  const locations = ["garden", "field", "plot", "patch"];
  const insects = ["beetles", "ladybugs", "grasshoppers", "caterpillars", "bees", "wasps"];
  const name = rng.choice(names);
  const place = rng.choice(places);
  const fruit = rng.choice(fruits);
  const location = rng.choice(locations);
  const [insect1, insect2] = rng.sample(insects, 2) as [string, string];
  let n = rng.randint(20, Math.trunc(200 * difficulty));
  if (mod(n, 2) === 1) {
    n += 1;
  }
  return solve55(name, place, fruit, location, insect1, insect2, n, "half");
}

function solve56(
  family: string,
  item: string,
  total: number,
  n1: number,
  n2: number,
  flavor1: string,
  flavor2: string,
  flavor3: string,
): GsmSolution {
  const n3 = total - (n1 + n2);
  const question = `The ${family} family is busy making ${item}s. So far, they've made ${total} ${item}s. They have ${n1} ${flavor1} ${item}s, ${n2} ${flavor2} ${item}s, and some ${flavor3} ${item}s. How many ${flavor3} ${item}s have they made?`;
  const answerCot = `The total number of pieces of ${flavor1} and ${flavor2} ${item}s is ${n1} + ${n2} = ${n1 + n2}.\nTherefore, they made ${total} - ${n1 + n2} = ${n3} ${flavor3} ${item}s.\n#### ${n3}`;
  return {
    question,
    answer: formatNumber(n3),
    answer_cot: answerCot,
    answer_value: n3,
    variables: { family, item, total, n1, n2, n3, flavor1, flavor2, flavor3 },
  };
}

function generate56(rng: PyRandom, difficulty: number): GsmSolution {
  const families = ["Smith", "Johnson", "Williams", "Brown", "Jones"];
  const items = ["cupcake", "muffin", "brownie", "biscuit"];
  const flavors = ["vanilla", "strawberry", "blueberry", "lemon", "peanut butter"];
  const family = rng.choice(families);
  const item = rng.choice(items);
  const [flavor1, flavor2, flavor3] = rng.sample(flavors, 3) as [string, string, string];
  const total = rng.randrange(5000, Math.trunc(10000 * difficulty), 25);
  let n1 = rng.randint(1000, Math.trunc(3000 * difficulty));
  let n2 = rng.randint(1000, Math.trunc(3000 * difficulty));
  while (n1 + n2 >= total) {
    n1 = rng.randint(1000, Math.trunc(3000 * difficulty));
    n2 = rng.randint(1000, Math.trunc(3000 * difficulty));
  }
  return solve56(family, item, total, n1, n2, flavor1, flavor2, flavor3);
}

function solve57(
  n1: number,
  sport1: string,
  sport2: string,
  sport3: string,
  n2: number,
  n3: number,
  multiplier: number,
): GsmSolution {
  const nVolleyball = n1 * multiplier;
  const nSoccer = n2 + n3;
  const total = n1 + nVolleyball + nSoccer;
  const question = `There are ${n1} students playing ${sport1} and twice that number playing ${sport2}. There are ${n2} boys and ${n3} girls playing ${sport3}. If each student only participates in one group, how many students are there in total?`;
  const answerCot = `There are ${n1} x ${multiplier} = ${nVolleyball} students playing ${sport2}.\nThere are ${n2} + ${n3} = ${nSoccer} students playing ${sport3}.\nIn total there are ${n1} + ${nVolleyball} + ${nSoccer} = ${total} students.\n#### ${total}`;
  return {
    question,
    answer: formatNumber(total),
    answer_cot: answerCot,
    answer_value: total,
    variables: {
      tennis_players: n1,
      volleyball_players: nVolleyball,
      soccer_boys: n2,
      soccer_girls: n3,
      total_soccer: nSoccer,
      total_students: total,
      sports: [sport1, sport2, sport3],
    },
  };
}

function generate57(rng: PyRandom, difficulty: number): GsmSolution {
  const sports = ["basketball", "badminton", "table tennis", "football", "volleyball"];
  const [sport1, sport2, sport3] = rng.sample(sports, 3) as [string, string, string];
  const multiplier = 2;
  const maxN1 = Math.min(Math.trunc(21 * difficulty), 115);
  let n1 = rng.randint(4, maxN1);
  let remainingTotal = 250 - n1 * multiplier;
  let maxN2 = Math.min(Math.trunc(31 * difficulty), remainingTotal - 10);
  if (maxN2 < 10) {
    n1 = Math.max(4, n1 - 10);
    remainingTotal = 250 - n1 * multiplier;
    maxN2 = Math.min(Math.trunc(31 * difficulty), remainingTotal - 10);
  }
  const n2 = rng.randint(10, Math.max(11, maxN2));
  const maxN3 = Math.min(Math.trunc(31 * difficulty), remainingTotal - n2);
  const n3 = rng.randint(10, Math.max(11, maxN3));
  return solve57(n1, sport1, sport2, sport3, n2, n3, multiplier);
}

function solve58(
  name: string,
  container: string,
  liquid: string,
  volume: number,
  unit: string,
  numContainers: number,
  calories: number,
): GsmSolution {
  const totalVolume = volume * numContainers;
  const totalCalories = totalVolume * calories;
  const question = `A ${container} of ${liquid} is ${volume} ${unit}s of ${liquid}. ${name} drinks ${numContainers} ${container}s of ${liquid}. If ${liquid} has ${calories} calories per ${unit} how many calories did he consume?`;
  const answerCot = `He drank ${volume}*${numContainers}=${totalVolume} ${unit}s of ${liquid}.\nSo he drank ${totalVolume}*${calories}=${totalCalories} calories of ${liquid}\n#### ${totalCalories}`;
  return {
    question,
    answer: formatNumber(totalCalories),
    answer_cot: answerCot,
    answer_value: totalCalories,
    variables: {
      name,
      container,
      liquid,
      volume,
      unit,
      num_containers: numContainers,
      calories,
      total_volume: totalVolume,
      total_calories: totalCalories,
    },
  };
}

function generate58(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["John", "Mike", "James", "David", "Robert", "William"];
  const containers = ["cup", "bottle", "carton"];
  const liquids = ["juice", "soda", "sparkling water", "tea", "lemonade"];
  const units = ["ounce", "mL", "cc", "oz"];
  const name = rng.choice(names);
  const container = rng.choice(containers);
  const liquid = rng.choice(liquids);
  const unit = rng.choice(units);
  const volume = rng.randint(6, Math.trunc(16 * difficulty));
  const numContainers = rng.randint(2, Math.trunc(6 * difficulty));
  const calories = rng.randint(2, Math.trunc(10 * difficulty));
  return solve58(name, container, liquid, volume, unit, numContainers, calories);
}

function solve59(
  timePerInterval: number,
  distancePerInterval: number,
  totalDistance: number,
): GsmSolution {
  const intervals = floorDiv(totalDistance, distancePerInterval);
  const totalTime = intervals * timePerInterval;
  const question = `A fog bank rolls in from the ocean to cover a city. It takes ${timePerInterval} minutes to cover every ${distancePerInterval} miles of the city. If the city is ${totalDistance} miles across from the oceanfront to the opposite inland edge, how many minutes will it take for the fog bank to cover the whole city?`;
  const answerCot = `The city will be covered in ${totalDistance} / ${distancePerInterval} = ${intervals} intervals of ${timePerInterval} minutes.\nThus, it will take ${intervals} * ${timePerInterval} = ${totalTime} minutes for the fog to cover the whole city.\n#### ${totalTime}`;
  return {
    question,
    answer: formatNumber(totalTime),
    answer_cot: answerCot,
    answer_value: totalTime,
    variables: {
      time_per_interval: timePerInterval,
      distance_per_interval: distancePerInterval,
      total_distance: totalDistance,
      intervals,
    },
  };
}

function generate59(rng: PyRandom, difficulty: number): GsmSolution {
  const maxTotalDistance = 100;
  const minIntervals = 2;
  const maxIntervals = Math.trunc(20 * difficulty);
  const minDistance = 2;
  const maxPossibleDistance = floorDiv(maxTotalDistance, minIntervals);
  const maxDistance = Math.min(Math.trunc(100 * difficulty), maxPossibleDistance);
  let distancePerInterval: number;
  let numIntervals: number;
  if (maxDistance < minDistance) {
    distancePerInterval = minDistance;
    numIntervals = floorDiv(maxTotalDistance, distancePerInterval);
  } else {
    distancePerInterval = rng.randint(minDistance, maxDistance);
    const maxValidIntervals = Math.min(
      maxIntervals,
      floorDiv(maxTotalDistance, distancePerInterval),
    );
    numIntervals = rng.randint(minIntervals, maxValidIntervals);
  }
  const totalDistance = distancePerInterval * numIntervals;
  const timePerInterval = rng.randint(2, Math.trunc(500 * difficulty));
  return solve59(timePerInterval, distancePerInterval, totalDistance);
}

function solve60(
  name: string,
  unit: string,
  totalDist: number,
  beachDist: number,
  sidewalkDist: number,
  speedMult: number,
  beachTime: number,
): GsmSolution {
  const beachRate = new Fraction(beachDist, beachTime);
  const sidewalkRate = beachRate.mul(speedMult);
  const sidewalkTime = Fraction.of(sidewalkDist).div(sidewalkRate).trunc();
  const totalTime = beachTime + sidewalkTime;
  const question = `${name} walks ${totalDist} ${unit}s every day on her favorite walking trail, which includes ${beachDist} ${unit}s of walking on the beach and ${sidewalkDist} ${unit}s of walking on the sidewalk. On the sidewalk, ${name} walks at twice the rate of speed that she does on the beach. If ${beachTime} minutes of her walk is spent on the beach, how long does it take for her to complete the entire ${totalDist}-${unit} walk, in minutes?`;
  const answerCot = `On the beach, ${name} walks at a rate of ${beachDist} ${unit}s per ${beachTime} minutes, or ${beachDist}/${beachTime} = ${beachRate} ${unit}s per minute.\nOn the sidewalk, she walks at ${speedMult} times the rate of speed as when she is on the sand, or ${speedMult} * ${beachRate} = ${sidewalkRate} ${unit}s per minute.\nTo walk ${sidewalkDist} ${unit}s on the sidewalk, it takes her ${sidewalkDist}÷${sidewalkRate}=${sidewalkTime} minutes.\nThus, in total, it takes ${name} ${beachTime}+${sidewalkTime}=${totalTime} minutes to walk her favorite route.\n#### ${totalTime}`;
  return {
    question,
    answer: formatNumber(totalTime),
    answer_cot: answerCot,
    answer_value: totalTime,
    variables: {
      name,
      unit,
      total_distance: totalDist,
      beach_distance: beachDist,
      sidewalk_distance: sidewalkDist,
      speed_multiplier: speedMult,
      beach_time: beachTime,
      sidewalk_time: sidewalkTime,
    },
  };
}

function generate60(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Emma", "Sophia", "Isabella", "Olivia", "Ava", "Mia", "Emily"];
  const units = ["mile", "kilometer", "block"];
  const name = rng.choice(names);
  const unit = rng.choice(units);
  const speedMult = 2;
  let beachDist = rng.randint(10, Math.min(Math.trunc(20 * difficulty), 15));
  const minTime = Math.max(40, speedMult * beachDist + 1);
  const maxTime = Math.min(Math.trunc(70 * difficulty), 65);
  const validTimes = [];
  for (
    let multiplier = floorDiv(minTime + beachDist - 1, beachDist);
    multiplier < floorDiv(maxTime, beachDist) + 1;
    multiplier++
  ) {
    const candidateTime = multiplier * beachDist;
    if (minTime <= candidateTime && candidateTime <= maxTime) {
      validTimes.push(candidateTime);
    }
  }
  let beachTime: number;
  if (validTimes.length === 0) {
    beachDist = Math.max(5, beachDist - 5);
    const baseMultiplier = floorDiv(minTime + beachDist - 1, beachDist);
    beachTime = beachDist * baseMultiplier;
  } else {
    beachTime = rng.choice(validTimes);
  }
  const sidewalkDist = rng.randint(10, Math.min(Math.trunc(20 * difficulty), 15));
  const totalDist = beachDist + sidewalkDist;
  return solve60(name, unit, totalDist, beachDist, sidewalkDist, speedMult, beachTime);
}

function solve61(
  name: string,
  location: string,
  shop: string,
  item1: string,
  item2: string,
  item3: string,
  unit: string,
  cur: string,
  total: number,
  n1: number,
  n2: number,
  n12: number,
  k: number,
  n3: number,
  p1: number,
  p2: number,
  p3: number,
  discount: number,
): GsmSolution {
  const item1Cost = n1 * p1 + n2 * (1 - discount) * p1 + k * p1;
  const item2Cost = p2;
  const item3Cost = n3 * p3;
  const totalSpent = Math.trunc(item1Cost + item2Cost + item3Cost);
  const moneyLeft = total - totalSpent;
  const question = `${name} went to the ${location} for vacation. Her parents gave her ${cur}${total} to buy whatever she wanted. At the ${shop}, ${item1} was on sale for "Buy ${n1} ${unit}s at ${cur}${p1} per ${unit}, get ${n2} ${unit}s ${floatRepr(discount)} off." She scooped up ${n12} ${unit}s. She also bought a mixed bag of ${item2} for ${cur}${floatRepr(p2)} and ${n3} ${item3} that were ${cur}${floatRepr(p3)} each. How much money does ${name} have left?`;
  const answerCot = `${item1} is ${n1} ${unit}s for ${cur}${p1} and gets ${n2} ${unit}s ${floatRepr(discount)} off. So ${floatRepr(discount)} off of ${n2} ${unit}s is ${cur}${floatRepr(n2 * discount)}*${p1} = ${cur}${floatRepr(n2 * discount * p1)}. The rest of ${k} ${unit}s does not have discount and come at ${k * p1} so total is ${n1}*${p1} + ${n2}*${floatRepr(1 - discount)}*${p1} + ${k}*${p1} = ${floatRepr(item1Cost)}\n${n3} ${item3} at ${cur}${floatRepr(p3)} each is ${n3}*${floatRepr(p3)}=${cur}${floatRepr(n3 * p3)}\nWhen you add all her purchases, ${cur}${floatRepr(item1Cost)}+${cur}${floatRepr(p2)}+${cur}${floatRepr(n3 * p3)} = ${cur}${totalSpent}\nShe had ${cur}${total} and spent ${cur}${totalSpent} so she had ${cur}${total}-${cur}${totalSpent} = ${cur}${moneyLeft} left over\n#### ${moneyLeft}`;
  return {
    question,
    answer: formatNumber(moneyLeft),
    answer_cot: answerCot,
    answer_value: moneyLeft,
    variables: {
      name,
      location,
      shop,
      item1,
      item2,
      item3,
      unit,
      currency: cur,
      total_money: total,
      n1,
      n2,
      n12,
      k,
      n3,
      p1,
      p2,
      p3,
      discount,
      total_spent: totalSpent,
    },
  };
}

function generate61(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = ["Emma", "Olivia", "Ava", "Isabella", "Sophia", "Mia", "Charlotte"];
  const locations = ["beach", "boardwalk", "pier", "coast"];
  const shops = ["souvenir store", "gift shop", "beach shop", "seaside store"];
  const items1 = ["fudge", "saltwater taffy", "rock candy", "cotton candy"];
  const items2 = ["sand dollars", "starfish", "sea glass", "coral pieces"];
  const items3 = ["postcards", "keychains", "stickers", "pins"];
  const units = ["pound", "kilogram", "kg"];
  const currencies = ["$", "£", "€"];
  const fractionNums = [0.25, 0.33, 0.5, 0.67, 0.75];
  const name = rng.choice(namesFemale);
  const location = rng.choice(locations);
  const shop = rng.choice(shops);
  const item1 = rng.choice(items1);
  const item2 = rng.choice(items2);
  const item3 = rng.choice(items3);
  const unit = rng.choice(units);
  const cur = rng.choice(currencies);
  const discount = rng.choice(fractionNums.slice(0, 4));
  const p2 = pyRound(rng.uniform(11.25, 12.0), 2);
  const p3 = pyRound(rng.uniform(20.25, 21.25), 2);
  let n1 = rng.randint(15, Math.trunc(18 * difficulty));
  let n2 = rng.randint(4, Math.min(n1 - 1, Math.trunc(10 * difficulty)));
  let k = rng.randint(2, Math.min(n1 - 1, Math.trunc(5 * difficulty)));
  let n12 = n1 + n2 + k;
  let n3 = rng.randint(11, Math.trunc(19 * difficulty));
  const minP1 = 20;
  const maxP1 = Math.trunc(24 * difficulty);
  const total = rng.randint(1200, Math.trunc(1500 * difficulty));
  function calcTotalCost(price: number) {
    return n1 * price + n2 * (1 - discount) * price + k * price + p2 + n3 * p3;
  }
  const validP1: number[] = [];
  let p1: number;
  for (p1 = minP1; p1 < maxP1 + 1; p1++) {
    const cost = calcTotalCost(p1);
    if (cost === Math.trunc(cost) && cost < total) {
      validP1.push(p1);
    }
  }
  if (validP1.length === 0) {
    p1 = minP1;
    while (calcTotalCost(p1) >= total) {
      if (n1 > 15) {
        n1 -= 1;
      }
      if (n2 > 4) {
        n2 -= 1;
      }
      if (k > 2) {
        k -= 1;
      }
      if (n3 > 11) {
        n3 -= 1;
      }
      n12 = n1 + n2 + k;
    }
  } else {
    p1 = rng.choice(validP1);
  }
  return solve61(
    name,
    location,
    shop,
    item1,
    item2,
    item3,
    unit,
    cur,
    total,
    n1,
    n2,
    n12,
    k,
    n3,
    p1,
    p2,
    p3,
    discount,
  );
}

function solve62(
  item: string,
  numSlices: number,
  name1: string,
  name2: string,
  slicesPerDay: number,
  multiplier: number,
  unit: string,
): GsmSolution {
  const secondPersonSlices = slicesPerDay * multiplier;
  const totalDailySlices = slicesPerDay + secondPersonSlices;
  const daysLasting = floorDiv(numSlices, totalDailySlices);
  const question = `A ${item} has ${numSlices} ${unit}. If ${name1} can eat ${slicesPerDay} ${unit} a day while ${name2} can eat ${multiplier} times as much, how many days will the ${item} last?`;
  const answerCot = `${name2} can eat ${slicesPerDay} x ${multiplier} = ${secondPersonSlices} ${unit} a day.\nTogether, ${name1} and ${name2} can eat ${slicesPerDay} + ${secondPersonSlices} = ${totalDailySlices} ${unit} a day.\nSo, a ${item} will last for ${numSlices}/${totalDailySlices} = ${daysLasting} days.\n#### ${daysLasting}`;
  return {
    question,
    answer: formatNumber(daysLasting),
    answer_cot: answerCot,
    answer_value: daysLasting,
    variables: {
      item,
      num_slices: numSlices,
      name1,
      name2,
      slices_per_day: slicesPerDay,
      multiplier,
      second_person_slices: secondPersonSlices,
      total_daily_slices: totalDailySlices,
      unit,
    },
  };
}

function generate62(rng: PyRandom, difficulty: number): GsmSolution {
  const items = ["pizza", "cake", "pie", "lasagna"];
  const units = ["pieces", "portions", "servings"];
  const names = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Elijah", "Charlotte", "James"];
  const item = rng.choice(items);
  const unit = rng.choice(units);
  const [name1, name2] = rng.sample(names, 2) as [string, string];
  const slicesPerDay = rng.randint(2, Math.trunc(6 * difficulty));
  const multiplier = 2;
  const dailyTotal = slicesPerDay + slicesPerDay * multiplier;
  const numDays = rng.randint(2, Math.trunc(8 * difficulty));
  const numSlices = dailyTotal * numDays;
  return solve62(item, numSlices, name1, name2, slicesPerDay, multiplier, unit);
}

function solve63(
  name: string,
  hours: number,
  days: number,
  rate: number,
  bonus: number,
  month: string,
): GsmSolution {
  const dailyPay = hours * rate;
  const monthlyDays = days * 4;
  const monthlyBase = dailyPay * monthlyDays;
  const monthlyBonus = bonus * 4;
  const totalPay = monthlyBase + monthlyBonus;
  const question = `${name} works a ${hours}-hour shift each day, ${days} days a week. He earns $${rate} per hour and gets a $${bonus} bonus each week if the company performs well. How much money did ${name} make in ${month} if the company performed very well for the whole month?`;
  const answerCot = `In a day, ${name} makes ${hours} * ${rate} = $${dailyPay}\nIf he works ${days} days a week, the total number of days for the whole month is ${days} * 4= ${monthlyDays} days.\nSince he makes $${dailyPay} per day, the total amount for the whole month is ${monthlyDays} * ${dailyPay}= $${monthlyBase}.\nHe also got a ${bonus} * 4 = $${monthlyBonus} bonus because the company performed well in all the weeks of ${month}.\nAt the end of ${month}, he earned ${monthlyBase} + ${monthlyBonus} = $${totalPay}.\n#### ${totalPay}`;
  return {
    question,
    answer: formatNumber(totalPay),
    answer_cot: answerCot,
    answer_value: totalPay,
    variables: {
      name,
      hours_per_day: hours,
      days_per_week: days,
      hourly_rate: rate,
      weekly_bonus: bonus,
      month,
      daily_pay: dailyPay,
      monthly_base: monthlyBase,
      monthly_bonus: monthlyBonus,
    },
  };
}

function generate63(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph"];
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  const name = rng.choice(names);
  const month = rng.choice(months);
  const hours = rng.randint(6, Math.trunc(13 * difficulty));
  const days = rng.randint(3, Math.trunc(7 * difficulty));
  let rate = rng.randint(8, Math.trunc(31 * difficulty));
  const bonus = rng.randint(100, Math.trunc(601 * difficulty));
  while (mod(hours * rate, 1) !== 0) {
    rate = rng.randint(8, Math.trunc(31 * difficulty));
  }
  return solve63(name, hours, days, rate, bonus, month);
}

function solve64(name: string, n1: number, d1: number, n2: number, d2: number): GsmSolution {
  const firstPeriod = n1 * d1;
  const secondPeriod = n2 * d2;
  const totalEggs = firstPeriod + secondPeriod;
  const dozens = floorDiv(totalEggs, 12);
  const question = `If ${name} eats ${n1} eggs a day for ${d1} days and then increases it to ${n2} eggs a day for ${d2} days, how many dozens of eggs will ${name} need for ${d1 + d2} days?`;
  const answerCot = `He starts off eating ${n1} eggs a day for ${d1} days for a total of ${n1}*${d1} = ${firstPeriod} eggs\nThen he increases it to ${n2} eggs a day for ${d2} days for a total of ${n2}*${d2} = ${secondPeriod} eggs\nAll total he will eat ${firstPeriod}+${secondPeriod} = ${totalEggs} eggs\nThere are 12 eggs in 1 dozen and he will eat ${totalEggs} eggs which is ${totalEggs}/12 = ${dozens} dozen eggs\n#### ${dozens}`;
  return {
    question,
    answer: formatNumber(dozens),
    answer_cot: answerCot,
    answer_value: dozens,
    variables: {
      name,
      eggs_per_day_first: n1,
      days_first: d1,
      eggs_per_day_second: n2,
      days_second: d2,
      total_eggs: totalEggs,
      dozens,
    },
  };
}

function generate64(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Chester", "James", "John", "Robert", "Michael", "William", "David"];
  const name = rng.choice(names);
  const n1 = rng.randint(2, Math.trunc(6 * difficulty));
  let n2 = rng.randint(4, Math.trunc(8 * difficulty));
  while (n2 <= n1) {
    n2 = rng.randint(4, Math.trunc(8 * difficulty));
  }
  let d1 = rng.randint(20, Math.trunc(110 * difficulty));
  let d2 = rng.randint(20, Math.trunc(110 * difficulty));
  while (mod(n1 * d1 + n2 * d2, 12) !== 0) {
    d1 = rng.randint(20, Math.trunc(110 * difficulty));
    d2 = rng.randint(20, Math.trunc(110 * difficulty));
  }
  return solve64(name, n1, d1, n2, d2);
}

function solve65(
  name: string,
  fish: string,
  day: string,
  w1: number,
  w2: number,
  w3: number,
  n: number,
  unit: string,
  cur: string,
  price: number,
): GsmSolution {
  const total = Math.trunc((w1 + w2) * price + (n - 2) * w3 * price);
  const question = `${name} caught ${n} ${fish}s last ${day}, the first ${fish} he caught weighs ${w1} ${unit}s, the second ${fish} he caught weighs ${w2} ${unit}s, and the last ${fish} he caught weighs ${w3} ${unit}s. If a ${unit} of ${fish} costs ${cur}${fixed(price, 2)}, how much will he earn after selling all the ${fish}s to the market?`;
  const answerCot = `${name} will earn ${w1} x ${cur}${fixed(price, 2)} = ${cur}${fixed(w1 * price, 2)} from the first ${fish}.\nHe will earn ${w2} x ${cur}${fixed(price, 2)} = ${cur}${fixed(w2 * price, 2)} for the second ${fish}.\nThe rest of the ${fish}s are ${n}-2 = ${n - 2}. He will earn ${w3} x ${cur}${fixed(price, 2)} = ${cur}${fixed(w3 * price, 2)} per each of them. So he will earn ${n - 2} * ${fixed(w3 * price, 2)} = ${fixed((n - 2) * w3 * price, 2)}\nTherefore, the total amount he will earn for all the ${fish}s is ${cur}${fixed(w1 * price, 2)} + ${cur}${fixed(w2 * price, 2)} + ${cur}${fixed((n - 2) * w3 * price, 2)}= ${cur}${total}.\n#### ${total}`;
  return {
    question,
    answer: formatNumber(total),
    answer_cot: answerCot,
    answer_value: total,
    variables: {
      name,
      fish,
      day,
      weight1: w1,
      weight2: w2,
      weight3: w3,
      num_fish: n,
      unit,
      currency: cur,
      price,
    },
  };
}

function generate65(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["John", "Michael", "David", "James", "Robert", "William", "Richard"];
  const fish = ["salmon", "cod", "trout", "steelhead"];
  const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
  const units = ["kilogram", "pound", "kg"];
  const currencies = ["$", "€", "£"];
  const name = rng.choice(names);
  const fishType = rng.choice(fish);
  const day = rng.choice(days);
  const unit = rng.choice(units);
  const cur = rng.choice(currencies);
  const w1 = rng.randint(40, Math.trunc(80 * difficulty));
  const w2 = rng.randint(30, Math.trunc(60 * difficulty));
  const w3 = rng.randint(20, Math.trunc(40 * difficulty));
  const n = rng.randint(3, Math.trunc(8 * difficulty));
  let price = pyRound(rng.uniform(0.25, 2.5), 2);
  while (!Number.isInteger((w1 + w2) * price + (n - 2) * w3 * price)) {
    price = pyRound(rng.uniform(0.25, 2.5), 2);
  }
  return solve65(name, fishType, day, w1, w2, w3, n, unit, cur, price);
}

function solve66(
  name: string,
  weekdays: string[],
  hour1: number,
  hour2: number,
  hour3: number,
  min1: number,
  min2: number,
  totalHours: number,
  numWedEpisodes: number,
): GsmSolution {
  const [mon, tue, wed, thu, fri] = weekdays as [string, string, string, string, string];
  const question = `${name} watches TV after he finishes his homework every night. On ${mon} and ${tue}, he watched a ${hour1}-hour episode of his favorite show each night. On ${wed}, he watched a few episodes of a ${min1}-minute show. On ${thu}, he finished homework early and watched a ${hour2}-hour episode and a ${min2}-minute show. On ${fri}, he got to stay up late for the weekend, so he watched two ${hour3}-hour episodes. If he watched ${floatRepr(totalHours)} hours of TV in all, how many ${min1}-minute episodes did he watch on ${wed}?`;
  const answerCot = `Let ${wed[0]} be the number of episodes he watched on ${wed}.\nAfter ${mon}, he had ${floatRepr(totalHours)} - ${hour1} = ${floatRepr(totalHours - hour1)} hours of TV left.\nAfter ${tue}, he had ${floatRepr(totalHours - hour1)} - ${hour1} = ${floatRepr(totalHours - 2 * hour1)} hours of TV left.\nAfter ${thu}, he had ${floatRepr(totalHours - 2 * hour1)} - ${hour2} - ${new Fraction(min2, 60)} = ${floatRepr(totalHours - 2 * hour1 - hour2 - new Fraction(min2, 60).valueOf())} hours of TV left.\nAfter ${fri}, he had ${floatRepr(totalHours - 2 * hour1 - hour2 - new Fraction(min2, 60).valueOf())} - ${2 * hour3} = ${floatRepr(totalHours - 2 * hour1 - hour2 - new Fraction(min2, 60).valueOf() - 2 * hour3)} hours of TV left.\nEach ${min1}-minute episode is ${new Fraction(min1, 60)} hour.\nThus, ${wed[0]} = ${numWedEpisodes} episodes.\n#### ${numWedEpisodes}`;
  return {
    question,
    answer: formatNumber(numWedEpisodes),
    answer_cot: answerCot,
    answer_value: numWedEpisodes,
    variables: {
      name,
      weekdays,
      hour1,
      hour2,
      hour3,
      min1,
      min2,
      total_hours: totalHours,
      num_wed_episodes: numWedEpisodes,
    },
  };
}

function generate66(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph"];
  const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
  const name = rng.choice(names);
  const weekdaysSample = weekdays.slice();
  const hour1 = rng.randint(3, Math.trunc(7 * difficulty));
  const hour2 = rng.randint(2, Math.trunc(7 * difficulty));
  const hour3 = rng.randint(2, Math.trunc(6 * difficulty));
  const min1 = rng.randint(1, Math.trunc(12 * difficulty)) * 5;
  const min2 = rng.randint(1, Math.trunc(11 * difficulty)) * 5;
  const numWedEpisodes = rng.randint(1, Math.trunc(8 * difficulty));
  const totalHours = 2 * hour1 + hour2 + min2 / 60 + 2 * hour3 + (numWedEpisodes * min1) / 60;
  return solve66(name, weekdaysSample, hour1, hour2, hour3, min1, min2, totalHours, numWedEpisodes);
}

function solve67(
  name: string,
  fruit: string,
  n1: number,
  n2: number,
  d1: string,
  d2: string,
  d3: string,
  mult: number,
): GsmSolution {
  const firstTwoDays = n1 + n2;
  const fridayAmount = mult * n1;
  const total = firstTwoDays + fridayAmount;
  const question = `${name} picks ${n1} ${fruit}s on ${d1}. Then he picks ${n2} ${fruit}s on ${d2}. On ${d3}, he picks ${mult} times the number of ${fruit}s he did on ${d1}. How many ${fruit}s does ${name} have?`;
  const answerCot = `Combining ${d1} and ${d2}, ${name} has ${n1} ${fruit}s + ${n2} ${fruit}s = ${firstTwoDays} ${fruit}s.\nOn ${d3}, he picks ${mult} * ${n1} ${fruit}s = ${fridayAmount} ${fruit}s.\nAltogether, ${name} has ${firstTwoDays} ${fruit}s + ${fridayAmount} ${fruit}s = ${total} ${fruit}s.\n#### ${total}`;
  return {
    question,
    answer: formatNumber(total),
    answer_cot: answerCot,
    answer_value: total,
    variables: {
      name,
      fruit,
      day1_amount: n1,
      day2_amount: n2,
      day1: d1,
      day2: d2,
      day3: d3,
      multiplier: mult,
      day3_amount: fridayAmount,
      total,
    },
  };
}

function generate67(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["John", "James", "William", "Michael", "David", "Robert", "Thomas"];
  const fruits = ["banana", "apple", "orange", "pear", "peach", "plum"];
  const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
  const multipliers = ["double", "triple", "quadruple"];
  const multValues = { double: 2, triple: 3, quadruple: 4 };
  const name = rng.choice(names);
  const fruit = rng.choice(fruits);
  const [d1, d2, d3] = rng.sample(weekdays, 3) as [string, string, string];
  const multWord = rng.choice(multipliers);
  const mult = lookup(multValues, multWord);
  const n1 = rng.randint(30, Math.trunc(400 * difficulty));
  const n2 = rng.randint(50, Math.trunc(400 * difficulty));
  return solve67(name, fruit, n1, n2, d1, d2, d3, mult);
}

function solve68(n0: number, r: number, d: number, disease: string): GsmSolution {
  const day1New = n0 * r;
  const day1Total = n0 + day1New;
  const day2New = day1Total * r;
  const day2Total = day1Total + day2New;
  const day3New = day2Total * r;
  const day3Total = day2Total + day3New;
  const question = `A ${disease} infects ${n0} people. Every day, each infected person infects ${r} others. How many people are infected after ${d} days?`;
  const answerCot = `On the first day, the original ${n0} people infect ${r} people each, so ${n0} * ${r} = ${day1New} more people are infected.\nThere are ${n0} + ${day1New} = ${day1Total} infected people after the first day.\nOn the second day, ${day1Total} * ${r} = ${day2New} more people are infected.\nThere are ${day1Total} + ${day2New} = ${day2Total} infected people after the second day.\nOn the third day, ${day2Total} * ${r} = ${day3New} more people are infected. Therefore, there are ${day2Total} + ${day3New} = ${day3Total} infected people after three days.\n#### ${day3Total}`;
  return {
    question,
    answer: formatNumber(day3Total),
    answer_cot: answerCot,
    answer_value: day3Total,
    variables: { initial_infected: n0, infection_rate: r, days: d, disease_type: disease },
  };
}

function generate68(rng: PyRandom, difficulty: number): GsmSolution {
  const diseases = ["virus", "bacteria", "parasite", "infection"];
  const disease = rng.choice(diseases);
  const d = 3;
  const maxN0 = Math.min(Math.trunc(21 * difficulty), 20);
  let n0 = rng.randint(5, maxN0);
  let maxPossibleR = Math.trunc((20000 / n0) ** (1 / 3) - 1);
  let maxR = Math.min(Math.trunc(8 * difficulty), maxPossibleR, 7);
  if (maxR < 2) {
    n0 = 5;
    maxPossibleR = Math.trunc((20000 / n0) ** (1 / 3) - 1);
    maxR = Math.min(Math.trunc(8 * difficulty), maxPossibleR, 7);
  }
  const r = rng.randint(2, Math.max(3, maxR));
  return solve68(n0, r, d, disease);
}

function solve69(
  name: string,
  document: string,
  totalPages: number,
  fraction: string,
): GsmSolution {
  const fracNum = fractionValue(fraction);
  const pagesDone = Math.trunc(totalPages * fracNum);
  const pagesRemaining = totalPages - pagesDone;
  const question = `${name} is required to submit a ${totalPages}-page ${document}. She already finished writing ${fraction} of the ${document}. How many pages does she have left to write?`;
  const answerCot = `${name} has already written ${fraction} of the ${document} which is ${totalPages} pages x ${fraction} = ${pagesDone} pages.\nSo, she still needs to write ${totalPages} pages - ${pagesDone} pages = ${pagesRemaining} pages.\n#### ${pagesRemaining}`;
  return {
    question,
    answer: formatNumber(pagesRemaining),
    answer_cot: answerCot,
    answer_value: pagesRemaining,
    variables: {
      name,
      document,
      total_pages: totalPages,
      fraction,
      pages_done: pagesDone,
      pages_remaining: pagesRemaining,
    },
  };
}

function generate69(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = [
    "Emma",
    "Olivia",
    "Ava",
    "Isabella",
    "Sophia",
    "Mia",
    "Charlotte",
    "Amelia",
    "Harper",
    "Evelyn",
  ];
  const documents = ["essay", "report", "thesis", "dissertation", "assignment"];
  const fractions = ["1/2", "1/3", "1/4", "2/3", "3/4"];
  const name = rng.choice(namesFemale);
  const document = rng.choice(documents);
  const fraction = rng.choice(fractions);
  const denominator = Number.parseInt(at(fraction.split("/"), 1), 10);
  const maxPages = Math.trunc(325 * difficulty);
  const totalPages = denominator * rng.randint(1, floorDiv(maxPages, denominator));
  return solve69(name, document, totalPages, fraction);
}

function solve70(
  name: string,
  objects: string,
  n: number,
  obstacle: string,
  frac: number,
  k: number,
  fakeNum: number,
  fakeObject: string,
): GsmSolution {
  const dropped = Math.trunc(n * frac);
  const remaining = n - dropped;
  const found = k;
  const afterFinding = remaining + found;
  const final = afterFinding - fakeNum;
  const question = `${name} has a bag of ${objects} with ${n} inside. He tripped over ${obstacle} while carrying it and dropped ${dropped} of them. He scrambled to search for them but only came up with ${k}. When he went back home, he inspected the ${objects} further. ${fakeNum} of them he picked up wasn't a ${objects}, but actually ${fakeObject} so he got rid of it. How many ${objects} did ${name} end up with?`;
  const answerCot = `${name} dropped his ${objects} and was left with ${n}*${floatRepr(1 - frac)}=${remaining} ${objects}.\nHe searched and found some of his lost ${objects}, getting him back to ${remaining}+${k}=${afterFinding} ${objects}.\nHe went home and removed ${fakeObject}, leaving him with ${afterFinding}-${fakeNum}=${final} ${objects}.\n#### ${final}`;
  return {
    question,
    answer: formatNumber(final),
    answer_cot: answerCot,
    answer_value: final,
    variables: {
      name,
      objects,
      initial_count: n,
      obstacle,
      fraction_dropped: frac,
      found_count: k,
      fake_count: fakeNum,
      fake_object: fakeObject,
      remaining,
      after_finding: afterFinding,
      final_count: final,
    },
  };
}

function generate70(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph"];
  const objects = ["marbles", "coins", "buttons", "beads", "pebbles"];
  const obstacles = ["rock", "stick", "toy", "root"];
  const fakeObjects = ["buttons", "coins", "pebbles", "beads"];
  const fractions = [0.5, 0.25, 0.75];
  const name = rng.choice(names);
  const obj = rng.choice(objects);
  const obstacle = rng.choice(obstacles);
  const fakeObject = rng.choice(fakeObjects.filter((x) => x !== obj));
  const frac = rng.choice(fractions);
  let step: number;
  if (frac === 0.5) {
    step = 2;
  } else {
    step = 4;
  }
  const minN = 10;
  const maxN = Math.trunc(101 * difficulty);
  const validN = range(minN + mod(step - mod(minN, step), step), maxN, step);
  let n = validN.length > 0 ? rng.choice(validN) : minN;
  let nFrac = Math.trunc(n * frac);
  const fakeNum = rng.randint(2, Math.min(10, nFrac));
  let k: number;
  if (fakeNum + 1 < nFrac) {
    k = rng.randint(fakeNum + 1, Math.min(nFrac, Math.trunc(20 * difficulty)));
  } else {
    k = fakeNum + 1;
    const requiredN = Math.trunc((k + 1) / frac);
    n = requiredN + mod(step - mod(requiredN, step), step);
    nFrac = Math.trunc(n * frac);
  }
  return solve70(name, obj, n, obstacle, frac, k, fakeNum, fakeObject);
}

function solve71(
  name: string,
  shop: string,
  item: string,
  item1: string,
  item2: string,
  item3: string,
  n1: number,
  n2: number,
  n3: number,
  p1: number,
  p2: number,
  p3: number,
): GsmSolution {
  const cost1 = n1 * p1;
  const cost2 = n2 * p2;
  const cost3 = n3 * p3;
  const totalCost = cost1 + cost2 + cost3;
  const question = `${name} went to the ${shop} and bought various types of ${item}. She bought ${n1} dozen ${item1} which cost $${p1} per dozen, ${n2} dozen ${item2} which cost $${p2} per dozen, and ${n3} dozen ${item3} for $${p3} per dozen. How much was the total cost?`;
  const answerCot = `The total charge for the ${item1} was ${n1} x $${p1} = $${cost1}.\nThe total charge for the ${item2} was ${n2} x $${p2} = $${cost2}.\nThe total charge for the ${item3} was ${n3} x $${p3} = $${p3 * n3}.\nTherefore the total amount ${name} paid for the ${item} was $${cost1} + $${cost2} + $${cost3} = $${totalCost}.\n#### ${totalCost}`;
  return {
    question,
    answer: formatNumber(totalCost),
    answer_cot: answerCot,
    answer_value: totalCost,
    variables: {
      name,
      shop,
      item,
      item1,
      item2,
      item3,
      n1,
      n2,
      n3,
      p1,
      p2,
      p3,
      cost1,
      cost2,
      cost3,
    },
  };
}

function generate71(rng: PyRandom, difficulty: number): GsmSolution {
  const namesFemale = ["Emma", "Olivia", "Ava", "Isabella", "Sophia", "Charlotte", "Mia", "Amelia"];
  const shops = ["bakery", "patisserie", "confectionery", "cafe"];
  const items = ["pastries", "baked goods", "desserts", "treats"];
  const item1Options = ["donuts", "croissants", "eclairs", "danishes"];
  const item2Options = ["mini cupcakes", "macarons", "cookies", "tarts"];
  const item3Options = ["mini cheesecakes", "brownies", "muffins", "scones"];
  const name = rng.choice(namesFemale);
  const shop = rng.choice(shops);
  const item = rng.choice(items);
  const item1 = rng.choice(item1Options);
  const item2 = rng.choice(item2Options);
  const item3 = rng.choice(item3Options);
  const n1 = rng.randint(1, Math.trunc(10 * difficulty));
  const n2 = rng.randint(4, Math.trunc(10 * difficulty));
  const n3 = rng.randint(2, Math.trunc(10 * difficulty));
  const p1 = rng.randint(11, Math.trunc(21 * difficulty));
  const p2 = rng.randint(73, Math.trunc(90 * difficulty));
  const p3 = rng.randint(112, Math.trunc(120 * difficulty));
  return solve71(name, shop, item, item1, item2, item3, n1, n2, n3, p1, p2, p3);
}

function solve72(
  structure: string,
  n1: number,
  color1: string,
  color2: string,
  color3: string,
  obj: string,
  mult: number,
  total: number,
): GsmSolution {
  const n2 = n1 * mult;
  const n3 = total - n1 - n2;
  const question = `A ${structure} is made out of ${n1} ${color1} ${obj}s, ${mult} times as many ${color2} ${obj}s, and an unknown number of ${color3} ${obj}s. If there are ${total} ${obj}s in the ${structure} in total, how many ${color3} ${obj}s are there?`;
  const answerCot = `There are ${n1}*${mult} = ${n2} ${color2} ${obj}s in the ${structure}.\nThere are ${total}-${n1}-${n2} = ${n3} ${color3} ${obj}s in the ${structure}.\n#### ${n3}`;
  return {
    question,
    answer: formatNumber(n3),
    answer_cot: answerCot,
    answer_value: n3,
    variables: { structure, n1, n2, n3, color1, color2, color3, obj, mult, total },
  };
}

function generate72(rng: PyRandom, difficulty: number): GsmSolution {
  const structures = ["building", "pyramid", "stack", "tower"];
  const objects = ["brick", "cube", "tile", "block"];
  const colors = ["green", "purple", "orange", "pink", "white", "black"];
  const structure = rng.choice(structures);
  const obj = rng.choice(objects);
  const [color1, color2, color3] = rng.sample(colors, 3) as [string, string, string];
  const n1 = rng.randint(2, Math.trunc(10 * difficulty));
  const mult = 2;
  const n2 = n1 * mult;
  const minTotal = n1 + n2 + 1;
  const total = rng.randint(minTotal, minTotal + Math.trunc(20 * difficulty));
  return solve72(structure, n1, color1, color2, color3, obj, mult, total);
}

function solve73(
  name: string,
  fruit: string,
  food: string,
  d1: string,
  d2: string,
  n1: number,
  n2: number,
  m1: number,
  m2: number,
  cn: number,
  cm: number,
  currency: string,
): GsmSolution {
  const gingerbreadSunday = n1 + n2;
  const totalGingerbread = n1 + gingerbreadSunday;
  const gingerbreadRevenue = totalGingerbread * cn;
  const applePieSaturday = m2 - m1;
  const totalApplePie = m2 + applePieSaturday;
  const applePieRevenue = totalApplePie * cm;
  const totalRevenue = gingerbreadRevenue + applePieRevenue;
  const question = `${name} is selling ${food} and ${fruit} pie for a fundraiser. On ${d1}, he sold ${n1} boxes of ${food} and ${m1} fewer boxes of ${fruit} pie, than on ${d2}. On ${d2}, he sold ${n2} more boxes of ${food} than on ${d1} and ${m2} boxes of ${fruit} pie. If the ${food} cost ${currency}${cn} and the ${fruit} pie cost ${currency}${cm}, how much did ${name} earn for two days?`;
  const answerCot = `He sold ${n1} + ${n2} = ${gingerbreadSunday} boxes of ${food} on ${d2}.\nThe total number of boxes of ${food}s that ${name} sold is ${n1} + ${gingerbreadSunday} = ${totalGingerbread}.\n${name} earned ${totalGingerbread} x ${currency}${cn} = ${currency}${gingerbreadRevenue} for selling ${food}s.\nHe sold ${m2} - ${m1} = ${applePieSaturday} boxes of ${fruit} pie on ${d1}.\nThe total number of boxes of ${fruit} pie that ${name} sold is ${m2} + ${applePieSaturday} = ${totalApplePie}.\nHe earned ${totalApplePie} x ${currency}${cm} = ${currency}${applePieRevenue} for selling ${fruit} pie.\nSo, ${name} earned ${currency}${gingerbreadRevenue} + ${currency}${applePieRevenue} = ${currency}${totalRevenue} for two days.\n#### ${totalRevenue}`;
  return {
    question,
    answer: formatNumber(totalRevenue),
    answer_cot: answerCot,
    answer_value: totalRevenue,
    variables: {
      name,
      fruit,
      food,
      day1: d1,
      day2: d2,
      gingerbread_day1: n1,
      gingerbread_increase: n2,
      apple_pie_difference: m1,
      apple_pie_day2: m2,
      gingerbread_price: cn,
      apple_pie_price: cm,
      currency,
      total_revenue: totalRevenue,
    },
  };
}

function generate73(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["John", "Michael", "David", "James", "William", "Robert"];
  const fruits = ["apple", "cherry", "blueberry", "peach"];
  const foods = ["cookie", "brownie", "muffin", "cupcake"];
  const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
  const currencies = ["$", "£", "€"];
  const name = rng.choice(names);
  const fruit = rng.choice(fruits);
  const food = rng.choice(foods);
  const [d1, d2] = rng.sample(weekdays, 2) as [string, string];
  const currency = rng.choice(currencies);
  const n1 = rng.randint(21, Math.trunc(30 * difficulty));
  const n2 = rng.randint(11, Math.trunc(15 * difficulty));
  const m2 = rng.randint(21, Math.trunc(30 * difficulty));
  const m1 = rng.randint(11, Math.trunc(Math.min(20, m2) * difficulty));
  const cn = rng.randint(7, Math.trunc(13 * difficulty));
  const cm = rng.randint(20, Math.trunc(33 * difficulty));
  return solve73(name, fruit, food, d1, d2, n1, n2, m1, m2, cn, cm, currency);
}

function solve74(
  name: string,
  bigFish: string,
  length: number,
  numRemoras: number,
  remoraLength: number,
): GsmSolution {
  const totalRemoraLengthInches = numRemoras * remoraLength;
  const totalRemoraLengthFeet = totalRemoraLengthInches / 12;
  const percentage = Math.trunc((totalRemoraLengthFeet / length) * 100);
  const question = `${name} saw a ${length}-foot ${bigFish} with ${numRemoras} ${remoraLength}-inch remoras attached to it. What percentage of the ${bigFish}'s body length is the combined length of the remoras?`;
  const answerCot = `First, find the combined length of the remoras in inches: ${remoraLength} inches/remora * ${numRemoras} remoras = ${totalRemoraLengthInches} inches\nThen divide that number by 12 to convert it to feet: ${totalRemoraLengthInches} inches / 12 inches/foot = ${floatRepr(totalRemoraLengthFeet)} foot\nThen divide the combined remora length in feet by the ${bigFish}'s length and multiply by 100% to express the answer as a percentage: ${floatRepr(totalRemoraLengthFeet)} foot / ${length} feet * 100% = ${percentage}%\n#### ${percentage}`;
  return {
    question,
    answer: formatNumber(percentage),
    answer_cot: answerCot,
    answer_value: percentage,
    variables: {
      name,
      big_fish: bigFish,
      length_feet: length,
      num_remoras: numRemoras,
      remora_length_inches: remoraLength,
      total_remora_length_inches: totalRemoraLengthInches,
      total_remora_length_feet: totalRemoraLengthFeet,
      percentage,
    },
  };
}

function generate74(rng: PyRandom, difficulty: number): GsmSolution {
  const names = ["Benny", "Tommy", "Jimmy", "Billy", "Johnny", "Bobby"];
  const bigFish = ["dolphin", "whale", "shark"];
  const name = rng.choice(names);
  const fish = rng.choice(bigFish);
  const minRemoras = 2;
  const maxRemoras = Math.trunc(10 * difficulty);
  let numRemoras = rng.randint(minRemoras, maxRemoras);
  const minRemoraLength = 2;
  const maxRemoraLength = Math.trunc(100 * difficulty);
  const validLengths = range(minRemoraLength, maxRemoraLength + 1).filter(
    (l) => mod(numRemoras * l, 12) === 0,
  );
  let remoraLength: number;
  if (validLengths.length === 0) {
    numRemoras = 12;
    remoraLength = minRemoraLength;
  } else {
    remoraLength = rng.choice(validLengths);
  }
  const totalRemoraLength = numRemoras * remoraLength;
  const minLength = Math.max(10, floorDiv(totalRemoraLength + 11, 12));
  const maxLength = Math.trunc(500 * difficulty);
  const validHostLengths = [];
  for (let l = minLength; l < maxLength + 1; l += 10) {
    if (mod(l * 12, totalRemoraLength) === 0) {
      const ratio = floorDiv(totalRemoraLength * 100, l * 12);
      if (ratio > 0 && mod(100, ratio) === 0) {
        validHostLengths.push(l);
      }
    }
  }
  let length: number;
  if (validHostLengths.length === 0) {
    length = totalRemoraLength;
  } else {
    length = rng.choice(validHostLengths);
  }
  return solve74(name, fish, length, numRemoras, remoraLength);
}

/** Templates 50 to 74, in order. */
export const TEMPLATES_50_74: readonly GsmTemplate[] = [
  generate50,
  generate51,
  generate52,
  generate53,
  generate54,
  generate55,
  generate56,
  generate57,
  generate58,
  generate59,
  generate60,
  generate61,
  generate62,
  generate63,
  generate64,
  generate65,
  generate66,
  generate67,
  generate68,
  generate69,
  generate70,
  generate71,
  generate72,
  generate73,
  generate74,
];
